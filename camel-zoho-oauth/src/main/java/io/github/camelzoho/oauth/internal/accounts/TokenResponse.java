package io.github.camelzoho.oauth.internal.accounts;

import java.time.Duration;

/**
 * A successful answer of {@code /oauth/v2/token}, already normalised: {@code expiresIn} as a duration whatever form
 * Zoho used.
 */
public record TokenResponse(String accessToken, String refreshToken, String apiDomain, Duration expiresIn, String scope) {

    @Override
    public String toString() {
        return "TokenResponse[accessToken=****, refreshToken=" + (refreshToken != null ? "****" : "none") + ", apiDomain="
                + apiDomain + ", expiresIn=" + expiresIn + ", scope=" + scope + "]";
    }
}
