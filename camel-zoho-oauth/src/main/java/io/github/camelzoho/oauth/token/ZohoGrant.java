package io.github.camelzoho.oauth.token;

import java.time.Instant;
import java.util.Objects;

/**
 * Everything persisted for one account: the refresh token, the current access token, where they came from and a
 * version for compare-and-set. Immutable; {@link #toString()} masks the tokens.
 *
 * @param account              the account name
 * @param refreshToken         the refresh token, or {@code null} for an online grant
 * @param accessToken          the current access token, or {@code null}
 * @param accessTokenExpiresAt when {@code accessToken} expires, or {@code null}
 * @param apiDomain            the API domain Zoho reported, or {@code null}
 * @param accountsServer       the accounts server the refresh token belongs to (refreshes go there)
 * @param scope                the granted scope, or {@code null}
 * @param lastRefreshAt        when the access token was obtained, or {@code null}
 * @param version              incremented on every write; 0 means never stored
 */
public record ZohoGrant(String account, String refreshToken, String accessToken, Instant accessTokenExpiresAt,
        String apiDomain, String accountsServer, String scope, Instant lastRefreshAt, long version) {

    public ZohoGrant {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(accountsServer, "accountsServer");
    }

    /** A grant that holds only a refresh token, as seeded from configuration. */
    public static ZohoGrant ofRefreshToken(String account, String refreshToken, String accountsServer) {
        return new ZohoGrant(account, refreshToken, null, null, null, accountsServer, null, null, 0);
    }

    /** This grant with a new access token (the refresh token, and the API domain when none is given, are kept). */
    public ZohoGrant withAccessToken(String token, Instant expiresAt, String newApiDomain, String newScope, Instant now) {
        return new ZohoGrant(account, refreshToken, token, expiresAt, newApiDomain != null ? newApiDomain : apiDomain,
                accountsServer, newScope != null ? newScope : scope, now, version);
    }

    /** This grant with the given version. */
    public ZohoGrant withVersion(long newVersion) {
        return new ZohoGrant(account, refreshToken, accessToken, accessTokenExpiresAt, apiDomain, accountsServer, scope,
                lastRefreshAt, newVersion);
    }

    public boolean hasRefreshToken() {
        return refreshToken != null && !refreshToken.isEmpty();
    }

    public boolean hasAccessToken() {
        return accessToken != null && accessTokenExpiresAt != null;
    }

    @Override
    public String toString() {
        return "ZohoGrant[account=" + account + ", refreshToken=" + (hasRefreshToken() ? "****" : "none")
                + ", accessToken=" + (accessToken != null ? "****" : "none") + ", accessTokenExpiresAt="
                + accessTokenExpiresAt + ", apiDomain=" + apiDomain + ", accountsServer=" + accountsServer + ", scope="
                + scope + ", lastRefreshAt=" + lastRefreshAt + ", version=" + version + "]";
    }
}
