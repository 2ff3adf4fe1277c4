package io.github.camelzoho.oauth.store;

import io.github.camelzoho.oauth.ZohoTokenStoreException;
import io.github.camelzoho.oauth.token.ZohoGrant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileTokenStoreTest {

    private static final String REFRESH = "1000.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    private static final String ACCESS = "1000.11111111111111111111111111111111.11111111111111111111111111111111";

    @TempDir
    Path dir;

    private static ZohoGrant grant(long version) {
        return new ZohoGrant("default", REFRESH, ACCESS, Instant.parse("2026-12-01T10:00:00Z"), "https://www.zohoapis.eu",
                "https://accounts.zoho.eu", "ZohoShowtime.talkapi.READ", Instant.parse("2026-12-01T09:00:00Z"), version);
    }

    @Test
    void grantSurvivesARestart() {
        Path file = dir.resolve("tokens.json");
        assertThat(new FileTokenStore(file).compareAndSet("default", 0, grant(1))).isTrue();

        assertThat(new FileTokenStore(file).load("default")).contains(grant(1));
    }

    @Test
    void fileAndFolderAreReadableByTheOwnerOnly() throws IOException {
        Path file = dir.resolve("private/tokens.json");
        new FileTokenStore(file).compareAndSet("default", 0, grant(1));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
    }

    @Test
    void looseFilePermissionsAreTightenedOnTheNextSave() throws IOException {
        Path file = dir.resolve("tokens.json");
        FileTokenStore store = new FileTokenStore(file);
        store.compareAndSet("default", 0, grant(1));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        store.compareAndSet("default", 1, grant(2));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void compareAndSetRefusesAStaleVersion() {
        FileTokenStore store = new FileTokenStore(dir.resolve("tokens.json"));
        store.compareAndSet("default", 0, grant(1));

        assertThat(store.compareAndSet("default", 0, grant(1))).isFalse();
        assertThat(store.compareAndSet("default", 1, grant(2))).isTrue();
        assertThat(store.load("default")).get().extracting(ZohoGrant::version).isEqualTo(2L);
    }

    @Test
    void concurrentWritersFromTwoStoreInstancesNeverLoseAnUpdate() throws Exception {
        Path file = dir.resolve("tokens.json");
        FileTokenStore a = new FileTokenStore(file);
        FileTokenStore b = new FileTokenStore(file);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> writers = new ArrayList<>();
            for (FileTokenStore store : List.of(a, b, a, b)) {
                writers.add(pool.submit(() -> {
                    int wins = 0;
                    for (int i = 0; i < 50; i++) {
                        long v = store.load("default").map(ZohoGrant::version).orElse(0L);
                        if (store.compareAndSet("default", v, grant(v + 1))) {
                            wins++;
                        }
                    }
                    return wins;
                }));
            }
            int total = 0;
            for (Future<Integer> f : writers) {
                total += f.get(30, TimeUnit.SECONDS);
            }
            assertThat(a.load("default")).get().extracting(ZohoGrant::version).isEqualTo((long) total);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void corruptFileIsReportedAndNeverOverwritten() throws IOException {
        Path file = dir.resolve("tokens.json");
        String garbage = "{\"grants\": {\"default\": {\"refreshToken\": \"" + REFRESH + "\", trunc";
        Files.writeString(file, garbage);
        FileTokenStore store = new FileTokenStore(file);

        assertThatThrownBy(() -> store.load("default")).isInstanceOf(ZohoTokenStoreException.class)
                .hasMessageContaining("corrupt").hasMessageContaining("left untouched").hasMessageNotContaining(REFRESH);
        assertThatThrownBy(() -> store.compareAndSet("default", 0, grant(1))).isInstanceOf(ZohoTokenStoreException.class);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(garbage);
    }

    @Test
    void unwritableFolderIsAClearErrorAndKeepsTheOldFile() throws IOException {
        Path folder = dir.resolve("ro");
        Files.createDirectories(folder);
        Path file = folder.resolve("tokens.json");
        FileTokenStore store = new FileTokenStore(file);
        store.compareAndSet("default", 0, grant(1));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        try {
            // root ignores permission bits; skip the write check only in that case, the read check still runs
            if (!Files.isWritable(folder)) {
                assertThatThrownBy(() -> store.compareAndSet("default", 1, grant(2)))
                        .isInstanceOf(ZohoTokenStoreException.class).hasMessageContaining(file.toString());
            }
            assertThat(store.load("default")).contains(grant(1));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void failedWriteLeavesNoTemporaryFileAndTheOldFileIntact() throws IOException {
        Path file = dir.resolve("tokens.json");
        FileTokenStore store = new FileTokenStore(file);
        store.compareAndSet("default", 0, grant(1));
        String before = Files.readString(file);
        // the target becomes a non-empty directory: the rename fails like a full disk would
        Files.delete(file);
        Files.createDirectories(file.resolve("blocker"));

        assertThatThrownBy(() -> store.compareAndSet("default", 0, grant(1))).isInstanceOf(ZohoTokenStoreException.class);

        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        assertThat(before).contains("\"version\" : 1");
    }

    @Test
    void deleteRemovesOnlyThatAccount() {
        FileTokenStore store = new FileTokenStore(dir.resolve("tokens.json"));
        store.compareAndSet("default", 0, grant(1));
        store.compareAndSet("other", 0, new ZohoGrant("other", REFRESH, null, null, null, "https://accounts.zoho.com", null,
                null, 1));

        store.delete("default");

        assertThat(store.load("default")).isEmpty();
        assertThat(store.load("other")).isPresent();
    }
}
