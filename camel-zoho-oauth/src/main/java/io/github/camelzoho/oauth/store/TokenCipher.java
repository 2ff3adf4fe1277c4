package io.github.camelzoho.oauth.store;

import io.github.camelzoho.oauth.ZohoOAuthConfigurationException;
import io.github.camelzoho.oauth.ZohoTokenStoreException;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Encrypts tokens at rest with AES-GCM (the JDK's own provider): every value gets a fresh 96-bit nonce and is bound to
 * its account and field, so a ciphertext copied into another row or column does not decrypt.
 * <p>
 * A stored value reads {@code zenc1:<key id>:<base64 of nonce, ciphertext and tag>}; the key id is the first 4 bytes
 * of the SHA-256 of the key, so a store tells which key wrote a row without revealing it. For rotation, give the new
 * key as the current key and the old one as the previous key: rows written with either are read, every write uses the
 * current key, and a row is re-encrypted at its next write (the next refresh, within the hour). Values without the
 * prefix are read as clear text, so a store written before encryption was enabled keeps working and is encrypted as
 * it is rewritten.
 * <p>
 * {@link #toString()} never shows a key.
 */
public final class TokenCipher {

    private static final String PREFIX = "zenc1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final TokenCipher CLEAR = new TokenCipher(null, null);

    private final Key current;
    private final Key previous;
    private final SecureRandom random = new SecureRandom();

    private record Key(SecretKeySpec spec, String id) {
        @Override
        public String toString() {
            return "Key[id=" + id + "]";
        }
    }

    private TokenCipher(Key current, Key previous) {
        this.current = current;
        this.previous = previous;
    }

    /** No encryption: values are stored and read as clear text. */
    public static TokenCipher clearText() {
        return CLEAR;
    }

    /**
     * A cipher writing with {@code base64Key} and reading rows written with it or with {@code previousBase64Key}.
     *
     * @param base64Key         the current key: base64 of 16 or 32 random bytes (AES-128 or AES-256); {@code null} or
     *                          blank for clear text
     * @param previousBase64Key the key being rotated out, read-only; {@code null} or blank when not rotating
     * @throws ZohoOAuthConfigurationException if a key is not base64 of 16 or 32 bytes (the message never shows it)
     */
    public static TokenCipher of(String base64Key, String previousBase64Key) {
        Key current = parse(base64Key, "tokenEncryptionKey");
        Key previous = parse(previousBase64Key, "previousTokenEncryptionKey");
        if (current == null && previous != null) {
            throw new ZohoOAuthConfigurationException("previousTokenEncryptionKey is set without tokenEncryptionKey; set "
                    + "the new key as tokenEncryptionKey (the previous key is only used to read older rows)");
        }
        return current == null ? CLEAR : new TokenCipher(current, previous);
    }

    /** Whether values are encrypted on write. */
    public boolean encrypts() {
        return current != null;
    }

    /**
     * A short fingerprint of the keys (their ids), for telling stores apart; never the keys. Empty for clear text.
     */
    public String fingerprint() {
        return current == null ? "" : current.id + (previous == null ? "" : "," + previous.id);
    }

    /** {@code plain} as stored for {@code context} (for example {@code account|refresh_token}); null stays null. */
    public String encrypt(String plain, String context) {
        if (plain == null || current == null) {
            return plain;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, current.spec, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return PREFIX + current.id + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new ZohoTokenStoreException("Cannot encrypt a token (" + e.getClass().getSimpleName() + ")", null);
        }
    }

    /** The clear value of {@code stored}, written for {@code context}; null stays null. */
    public String decrypt(String stored, String context) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        int colon = stored.indexOf(':', PREFIX.length());
        String keyId = colon < 0 ? "" : stored.substring(PREFIX.length(), colon);
        Key key = current != null && current.id.equals(keyId) ? current
                : previous != null && previous.id.equals(keyId) ? previous : null;
        if (key == null) {
            throw new ZohoTokenStoreException(current == null
                    ? "A stored token of " + accountOf(context) + " is encrypted (key id " + keyId + ") but no "
                            + "tokenEncryptionKey is configured. Configure the key that wrote it"
                    : "A stored token of " + accountOf(context) + " is encrypted with key id " + keyId + ", which is "
                            + "neither tokenEncryptionKey nor previousTokenEncryptionKey. Configure that key as "
                            + "previousTokenEncryptionKey until the row has been rewritten", null);
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
            if (in.length <= NONCE_BYTES) {
                throw new IllegalArgumentException("too short");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.spec, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new ZohoTokenStoreException("A stored token of " + accountOf(context) + " does not decrypt with key id "
                    + keyId + " (" + e.getClass().getSimpleName() + "): it was altered, or copied from another account "
                    + "or field. Authorize the account again", null);
        }
    }

    private static String accountOf(String context) {
        int bar = context.lastIndexOf('|');
        return "'" + (bar < 0 ? context : context.substring(0, bar)) + "'";
    }

    private static Key parse(String base64, String option) {
        if (base64 == null || base64.isBlank()) {
            return null;
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new ZohoOAuthConfigurationException(option + " is not valid base64. Generate one with: "
                    + "openssl rand -base64 32");
        }
        try {
            if (raw.length != 16 && raw.length != 32) {
                throw new ZohoOAuthConfigurationException(option + " must be base64 of 16 or 32 bytes (AES-128 or "
                        + "AES-256), not " + raw.length + " bytes. Generate one with: openssl rand -base64 32");
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw);
            return new Key(new SecretKeySpec(raw, "AES"), HexFormat.of().formatHex(digest, 0, 4));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return current == null ? "TokenCipher[clear text]" : "TokenCipher[AES-GCM, keys=" + fingerprint() + "]";
    }
}
