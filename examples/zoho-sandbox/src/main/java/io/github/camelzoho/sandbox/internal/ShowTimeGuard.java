package io.github.camelzoho.sandbox.internal;

import java.util.Optional;

/**
 * Checks {@code Authorization: Zoho-oauthtoken <token>} on ShowTime calls: missing, unknown, expired or revoked tokens
 * get {@code INVALID_TOKEN}, evicted ones {@code INVALID_OAUTHTOKEN}, all HTTP 401. Scopes are checked loosely
 * (see {@link Scopes#covers}).
 */
final class ShowTimeGuard {

    private static final String SCHEME = "Zoho-oauthtoken ";

    private final TokenStore tokens;

    ShowTimeGuard(TokenStore tokens) {
        this.tokens = tokens;
    }

    /**
     * Returns the rejection for this request, or empty if it may proceed.
     *
     * @param request the request
     * @param requiredScope the scope the endpoint needs, null if the call documents none
     */
    Optional<Reply> reject(Request request, String requiredScope) {
        String header = request.header("Authorization").orElse("");
        if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.of(ZohoErrors.invalidToken());
        }
        TokenCheck check = tokens.check(header.substring(SCHEME.length()).trim());
        return switch (check.verdict()) {
            case EVICTED -> Optional.of(ZohoErrors.evictedToken());
            case UNKNOWN, EXPIRED, REVOKED -> Optional.of(ZohoErrors.invalidToken());
            case VALID -> requiredScope == null || Scopes.covers(check.scopes(), requiredScope)
                    ? Optional.empty() : Optional.of(ZohoErrors.scopeMismatch());
        };
    }
}
