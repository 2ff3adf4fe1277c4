package io.github.camelzoho.reliability;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import io.github.camelzoho.oauth.ZohoOAuthConstants;
import io.github.camelzoho.oauth.ZohoTokenStoreException;
import io.github.camelzoho.oauth.store.FileTokenStore;
import io.github.camelzoho.oauth.store.ZohoTokenStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The file store on a folder it cannot write, on a corrupt file and on a full disk, and the in-memory store across a
 * restart. A token that could not be saved is still used, and the failure is reported once as a typed error.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreFaultsTest {

    private static final String GROUP = "Stores";
    static final String REFRESH_TOKEN = "1000.f11e5e0000000000000000000000ff01.f11e5e0000000000000000000000ff02";
    static final String TOKEN_1 = "1000.f11e0000000000000000000000000a01.f11e0000000000000000000000000a02";

    private final AtomicInteger accounts = new AtomicInteger();
    private Wire zoho;
    private MutableClock clock;

    @TempDir
    Path dir;

    @BeforeAll
    void start() {
        Ledger.secret(TOKEN_1);
        zoho = new Wire();
        zoho.tokenAnswer(Wire.json(200, Wire.tokenJson(TOKEN_1, "3600", "https://www.zohoapis.com")));
        clock = MutableClock.start();
    }

    @AfterAll
    void stop() {
        zoho.close();
    }

    private Harness harness(ZohoTokenStore store) throws Exception {
        return new Harness(zoho.url(), null, clock, c -> {
            c.setRefreshToken(REFRESH_TOKEN);
            c.setTokenStore(new RecordingStore(store));
        });
    }

    private Exchanges.Result token(Harness h, String fault) {
        String account = "store-" + accounts.incrementAndGet();
        return token(h, fault, account);
    }

    private static Exchanges.Result token(Harness h, String fault, String account) {
        return Exchanges.send(h.template, GROUP, fault, "zoho-oauth:token",
                e -> e.getMessage().setHeader(ZohoOAuthConstants.ACCOUNT, account));
    }

    private static Set<PosixFilePermission> perms(Path p) throws IOException {
        return Files.getPosixFilePermissions(p);
    }

    @Test
    void fileStore_writesOwnerOnlyFilesAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("happy/tokens.json");
        try (Harness h = harness(new FileTokenStore(file))) {
            assertThat(token(h, "file store, no fault", "happy").exception()).isNull();
            assertThat(perms(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            try (Stream<Path> files = Files.list(file.getParent())) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("tokens.json",
                        "tokens.json.lock");
            }
            zoho.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                    com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/oauth/v2/token/revoke"))
                    .willReturn(Wire.json(200, "{\"status\":\"success\"}")));
            Exchanges.Result revoked = Exchanges.send(h.template, GROUP, "file store, no fault", "zoho-oauth:revoke",
                    e -> e.getMessage().setHeader(ZohoOAuthConstants.ACCOUNT, "happy"));
            assertThat(revoked.exception()).isNull();
        }
        // revoked: the file must not keep any token; it and its lock file go to the scan
        FigureTableTest.FILES_WRITTEN.add(file);
        FigureTableTest.FILES_WRITTEN.add(dir.resolve("happy/tokens.json.lock"));
        Ledger.tokenRequests(1, 1);
    }

    @Test
    void readOnlyFolder_failsTypedOnceThenServesTheTokenFromMemory() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("readonly"));
        Path file = folder.resolve("tokens.json");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        boolean enforced = !Files.isWritable(folder);
        try (Harness h = harness(new FileTokenStore(file))) {
            zoho.reset();
            zoho.tokenAnswer(Wire.json(200, Wire.tokenJson(TOKEN_1, "3600", "https://www.zohoapis.com")));
            String account = "ro";
            Exchanges.Result first = token(h, "file store on a read-only folder", account);
            Exchanges.Result second = token(h, "file store on a read-only folder", account);
            if (enforced) {
                assertThat(first.exception()).isInstanceOf(ZohoTokenStoreException.class)
                        .hasMessageContaining("could not be saved");
            } else {
                // root ignores the mode bits: the store works, and the file it wrote is still 0600
                assertThat(first.exception()).isNull();
                assertThat(perms(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
                Ledger.note("Read-only folder: mode bits are not enforced for root here, so this run saved normally;"
                        + " the blocked-folder and disk-full cases cover the failed write");
            }
            assertThat(second.exception()).as("served from memory").isNull();
            assertThat(zoho.tokenRequests()).isEqualTo(1);
            Ledger.tokenRequests(zoho.tokenRequests(), 1);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void blockedFolder_failsTypedWithoutAnyTokenRequest() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "plain file");
        try (Harness h = harness(new FileTokenStore(notAFolder.resolve("tokens.json")))) {
            zoho.reset();
            zoho.tokenAnswer(Wire.json(200, Wire.tokenJson(TOKEN_1, "3600", "https://www.zohoapis.com")));
            for (int i = 0; i < 3; i++) {
                assertThat(token(h, "file store folder cannot be created", "blocked").exception())
                        .isInstanceOf(ZohoTokenStoreException.class);
                clock.advance(Duration.ofSeconds(2));
            }
            assertThat(zoho.tokenRequests()).as("a store it cannot read never costs a token request").isZero();
        }
    }

    @Test
    void corruptTokenFile_isReportedAndNeverOverwritten() throws Exception {
        Path file = dir.resolve("corrupt/tokens.json");
        Files.createDirectories(file.getParent());
        String corrupt = "{\"format\":1,\"grants\":{\"corrupt\":{\"refreshToken\":\"" + REFRESH_TOKEN + "\",\"accessTo";
        Files.writeString(file, corrupt);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        try (Harness h = harness(new FileTokenStore(file))) {
            zoho.reset();
            zoho.tokenAnswer(Wire.json(200, Wire.tokenJson(TOKEN_1, "3600", "https://www.zohoapis.com")));
            for (int i = 0; i < 3; i++) {
                Exchanges.Result r = token(h, "corrupt token file", "corrupt");
                assertThat(r.exception()).isInstanceOf(ZohoTokenStoreException.class).hasMessageContaining("corrupt");
                clock.advance(Duration.ofMinutes(2));
            }
            assertThat(zoho.tokenRequests()).isZero();
        }
        assertThat(Files.readString(file)).as("left untouched").isEqualTo(corrupt);
    }

    @Test
    void diskFull_keepsTheOldFileAndUsesTheNewTokenFromMemory() throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix().toBuilder().setAttributeViews("basic", "owner", "posix", "unix").setBlockSize(1024)
                .setMaxSize(64 * 1024).build())) {
            Path file = fs.getPath("/var/lib/app/tokens.json");
            String token2 = "1000.d15cf0000000000000000000000000b1.d15cf0000000000000000000000000b2";
            Ledger.secret(token2);
            try (Harness h = harness(new FileTokenStore(file))) {
                zoho.reset();
                zoho.tokenAnswer(Wire.json(200, Wire.tokenJson(TOKEN_1, "3600", "https://www.zohoapis.com")));
                assertThat(token(h, "disk full (64 KB file system)", "full").exception()).isNull();
                String saved = Files.readString(file);
                assertThat(saved).contains(TOKEN_1);
                // fill the disk
                try (OutputStream out = Files.newOutputStream(fs.getPath("/var/lib/app/filler"))) {
                    byte[] block = new byte[1024];
                    for (int i = 0; i < 1000; i++) {
                        out.write(block);
                    }
                } catch (IOException expected) {
                    // out of space: that is the point
                }
                zoho.reset();
                zoho.tokenAnswer(Wire.json(200, Wire.tokenJson(token2, "3600", "https://www.zohoapis.com")));
                clock.advance(Duration.ofMinutes(61));
                Exchanges.Result refreshed = token(h, "disk full (64 KB file system)", "full");
                assertThat(refreshed.exception()).isInstanceOf(ZohoTokenStoreException.class)
                        .hasMessageContaining("could not be saved");
                Exchanges.Result next = token(h, "disk full (64 KB file system)", "full");
                assertThat(next.exception()).isNull();
                assertThat(next.exchange().getMessage().getHeader("Authorization", String.class)).endsWith(token2);
                assertThat(Files.readString(file)).as("the old file is whole").isEqualTo(saved);
                assertThat(zoho.tokenRequests()).isEqualTo(1);
                // space again: the next refresh saves
                Files.delete(fs.getPath("/var/lib/app/filler"));
                h.manager("full").forceRefresh();
                assertThat(Files.readString(file)).contains(token2);
                Ledger.tokenRequests(3, 7);
            }
        }
    }

    @Test
    void inMemoryStore_restartCostsOneTokenRequest() throws Exception {
        zoho.reset();
        zoho.tokenAnswer(Wire.json(200, Wire.tokenJson(TOKEN_1, "3600", "https://www.zohoapis.com")));
        for (int restart = 0; restart < 2; restart++) {
            try (Harness h = new Harness(zoho.url(), null, clock, c -> c.setRefreshToken(REFRESH_TOKEN))) {
                for (int i = 0; i < 5; i++) {
                    assertThat(token(h, "in-memory store across a restart", "mem").exception()).isNull();
                }
            }
        }
        assertThat(zoho.tokenRequests()).isEqualTo(2);
        Ledger.tokenRequests(zoho.tokenRequests(), 1);
    }
}
