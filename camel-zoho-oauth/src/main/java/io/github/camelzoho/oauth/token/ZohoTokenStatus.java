package io.github.camelzoho.oauth.token;

import java.time.Instant;

/**
 * What is known about an account's grant, safe to show on a status page or log: never a token or a secret.
 *
 * @param account             the account name
 * @param state               where the access token stands
 * @param apiDomain           the account's API domain, or {@code null}
 * @param accountsServer      the accounts server the grant belongs to
 * @param scope               the granted scope as Zoho reported it, or {@code null}
 * @param expiresAt           when the current access token expires, or {@code null}
 * @param refreshTokenPresent whether a refresh token is held
 * @param lastRefreshAt       when the last token was obtained, or {@code null}
 */
public record ZohoTokenStatus(String account, ZohoTokenState state, String apiDomain, String accountsServer, String scope,
        Instant expiresAt, boolean refreshTokenPresent, Instant lastRefreshAt) {
}
