package io.github.camelzoho.sandbox.internal;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Makes token and code values shaped like Zoho's: {@code 1000.<32 hex>.<32 hex>}. */
final class TokenValues {

    private final SecureRandom random = new SecureRandom();

    String next() {
        return "1000." + hex() + "." + hex();
    }

    private String hex() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
