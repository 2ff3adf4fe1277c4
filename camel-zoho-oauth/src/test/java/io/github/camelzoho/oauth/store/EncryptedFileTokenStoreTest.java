package io.github.camelzoho.oauth.store;

import io.github.camelzoho.oauth.ZohoOAuthConfigurationException;
import io.github.camelzoho.oauth.ZohoTokenStoreException;
import io.github.camelzoho.oauth.token.ZohoGrant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** tokenEncryptionKey on the file store: the file holds no token, rotation reads old files, bad keys are refused. */
class EncryptedFileTokenStoreTest {

    private static final String REFRESH = "1000.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    private static final String ACCESS = "1000.11111111111111111111111111111111.11111111111111111111111111111111";
    private static final String OLD_KEY = Base64.getEncoder().encodeToString("old-key-sixteen!".getBytes(StandardCharsets.US_ASCII));
    private static final String NEW_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path dir;

    private static ZohoGrant grant(long version) {
        return new ZohoGrant("default", REFRESH, ACCESS, Instant.parse("2026-12-01T10:00:00Z"), "https://www.zohoapis.eu",
                "https://accounts.zoho.eu", null, Instant.parse("2026-12-01T09:00:00Z"), version);
    }

    @Test
    void encryptedFile_holdsNoTokenAndReadsBackWithTheKey() throws Exception {
        Path file = dir.resolve("tokens.json");
        new FileTokenStore(file, TokenCipher.of(NEW_KEY, null)).compareAndSet("default", 0, grant(1));

        String content = Files.readString(file);
        assertThat(content).doesNotContain(REFRESH).doesNotContain(ACCESS).contains("zenc1:").contains("accounts.zoho.eu");
        assertThat(new FileTokenStore(file, TokenCipher.of(NEW_KEY, null)).load("default")).contains(grant(1));
        assertThatThrownBy(() -> new FileTokenStore(file).load("default")).isInstanceOf(ZohoTokenStoreException.class)
                .hasMessageContaining("no tokenEncryptionKey is configured");
    }

    @Test
    void rotation_readsTheOldKeyAndRewritesWithTheNewOne() throws Exception {
        Path file = dir.resolve("tokens.json");
        new FileTokenStore(file, TokenCipher.of(OLD_KEY, null)).compareAndSet("default", 0, grant(1));
        FileTokenStore rotated = new FileTokenStore(file, TokenCipher.of(NEW_KEY, OLD_KEY));

        assertThat(rotated.load("default")).contains(grant(1));
        rotated.compareAndSet("default", 1, grant(2));

        assertThat(new FileTokenStore(file, TokenCipher.of(NEW_KEY, null)).load("default")).contains(grant(2));
    }

    @Test
    void clearFileWrittenBeforeEncryption_isReadAndEncryptedOnTheNextWrite() throws Exception {
        Path file = dir.resolve("tokens.json");
        new FileTokenStore(file).compareAndSet("default", 0, grant(1));
        FileTokenStore encrypted = new FileTokenStore(file, TokenCipher.of(NEW_KEY, null));

        assertThat(encrypted.load("default")).contains(grant(1));
        encrypted.compareAndSet("default", 1, grant(2));

        assertThat(Files.readString(file)).doesNotContain(REFRESH);
    }

    @Test
    void keyThatIsNotBase64OfSixteenOrThirtyTwoBytes_isRefusedWithoutEchoingIt() {
        String shortKey = Base64.getEncoder().encodeToString("too-short".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> TokenCipher.of(shortKey, null)).isInstanceOf(ZohoOAuthConfigurationException.class)
                .hasMessageContaining("16 or 32 bytes").hasMessageNotContaining(shortKey);
        assertThatThrownBy(() -> TokenCipher.of("not base64 !!", null)).isInstanceOf(ZohoOAuthConfigurationException.class)
                .hasMessageContaining("not valid base64").hasMessageNotContaining("not base64 !!");
        assertThatThrownBy(() -> TokenCipher.of(null, OLD_KEY)).isInstanceOf(ZohoOAuthConfigurationException.class);
        assertThat(TokenCipher.of(NEW_KEY, OLD_KEY).toString()).doesNotContain(NEW_KEY).doesNotContain(OLD_KEY);
    }
}
