package io.github.camelzoho.oauth.internal.token;

import java.time.Duration;

/**
 * Everything a token manager needs to know about its account, resolved from the Camel options.
 *
 * @param account               the account name
 * @param accountsServer        the accounts server used when the grant names none (from dataCenter or accountsUrl)
 * @param redirectUri           the redirect URI registered for the client, or {@code null}
 * @param grantToken            a self-client grant code to exchange once when the store has no refresh token, or
 *                              {@code null}
 * @param refreshToken          a refresh token to seed the store with when it has none, or {@code null}
 * @param refreshMargin         how long before expiry a background refresh starts
 * @param expiryMargin          how long before expiry a token is no longer handed out (clock skew, request time)
 * @param budgetLimit           at most this many token requests ...
 * @param budgetWindow          ... in any window of this length
 * @param throttleBackoff       how long no token request is sent after Zoho throttled the account
 * @param maxFailureBackoff     the longest pause after repeated transient failures (5xx, timeouts)
 * @param leaseTtl              how long a cluster refresh lease is held at most
 * @param leaseWait             how long a node waits for another node's refresh before failing
 */
public record TokenManagerSettings(String account, String accountsServer, String redirectUri, String grantToken,
        String refreshToken, Duration refreshMargin, Duration expiryMargin, int budgetLimit, Duration budgetWindow,
        Duration throttleBackoff, Duration maxFailureBackoff, Duration leaseTtl, Duration leaseWait) {

    /** Defaults fitting Zoho: 5 min refresh margin, 30 s expiry margin, 10 requests per 10 minutes. */
    public static TokenManagerSettings defaults(String account, String accountsServer) {
        return new TokenManagerSettings(account, accountsServer, null, null, null, Duration.ofMinutes(5),
                Duration.ofSeconds(30), 10, Duration.ofMinutes(10), Duration.ofMinutes(10), Duration.ofMinutes(1),
                Duration.ofSeconds(30), Duration.ofSeconds(10));
    }

    public TokenManagerSettings withBootstrap(String newGrantToken, String newRefreshToken) {
        return new TokenManagerSettings(account, accountsServer, redirectUri, newGrantToken, newRefreshToken, refreshMargin,
                expiryMargin, budgetLimit, budgetWindow, throttleBackoff, maxFailureBackoff, leaseTtl, leaseWait);
    }

    public TokenManagerSettings withRedirectUri(String uri) {
        return new TokenManagerSettings(account, accountsServer, uri, grantToken, refreshToken, refreshMargin, expiryMargin,
                budgetLimit, budgetWindow, throttleBackoff, maxFailureBackoff, leaseTtl, leaseWait);
    }

    public TokenManagerSettings withRefreshMargin(Duration margin) {
        return new TokenManagerSettings(account, accountsServer, redirectUri, grantToken, refreshToken, margin, expiryMargin,
                budgetLimit, budgetWindow, throttleBackoff, maxFailureBackoff, leaseTtl, leaseWait);
    }

    public TokenManagerSettings withBudget(int limit, Duration window) {
        return new TokenManagerSettings(account, accountsServer, redirectUri, grantToken, refreshToken, refreshMargin,
                expiryMargin, limit, window, throttleBackoff, maxFailureBackoff, leaseTtl, leaseWait);
    }

    public TokenManagerSettings withThrottleBackoff(Duration backoff) {
        return new TokenManagerSettings(account, accountsServer, redirectUri, grantToken, refreshToken, refreshMargin,
                expiryMargin, budgetLimit, budgetWindow, backoff, maxFailureBackoff, leaseTtl, leaseWait);
    }

    public TokenManagerSettings withLeaseTtl(Duration ttl) {
        return new TokenManagerSettings(account, accountsServer, redirectUri, grantToken, refreshToken, refreshMargin,
                expiryMargin, budgetLimit, budgetWindow, throttleBackoff, maxFailureBackoff, ttl, leaseWait);
    }

    @Override
    public String toString() {
        return "TokenManagerSettings[account=" + account + ", accountsServer=" + accountsServer + ", grantToken="
                + (grantToken != null ? "****" : "none") + ", refreshToken=" + (refreshToken != null ? "****" : "none")
                + ", refreshMargin=" + refreshMargin + "]";
    }
}
