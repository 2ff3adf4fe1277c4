package io.github.camelzoho.sandbox.internal;

import java.time.Instant;
import java.util.List;

/**
 * An issued authorization code.
 *
 * @param value the code
 * @param clientId the client it was issued to
 * @param redirectUri the redirect URI used in /auth, null for self-client codes
 * @param scopes the granted scopes
 * @param issueRefreshToken whether the exchange returns a refresh token (offline, first consent or prompt=consent)
 * @param expiresAt end of validity on the sandbox clock
 */
record GrantCode(String value, String clientId, String redirectUri, List<String> scopes, boolean issueRefreshToken,
        Instant expiresAt) {

    boolean selfClient() {
        return redirectUri == null;
    }
}
