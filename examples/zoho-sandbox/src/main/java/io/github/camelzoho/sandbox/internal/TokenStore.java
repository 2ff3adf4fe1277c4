package io.github.camelzoho.sandbox.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Refresh and access tokens with Zoho's limits (token-limits page): access tokens live one hour, at most 10 live
 * access tokens per refresh token (the 11th evicts the oldest), at most 20 refresh tokens per client (the 21st
 * deletes the oldest with its access tokens). Refresh tokens never expire and never rotate.
 */
final class TokenStore {

    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofHours(1);
    static final int ACCESS_TOKENS_PER_REFRESH_TOKEN = 10;
    static final int REFRESH_TOKENS_PER_CLIENT = 20;

    private final Clock clock;
    private final TokenValues values;
    private final Map<String, RefreshToken> refreshTokens = new HashMap<>();
    private final Map<String, Deque<RefreshToken>> refreshTokensByClient = new HashMap<>();
    // Dead tokens stay here so the resource server can tell "evicted" from "unknown".
    private final Map<String, AccessToken> accessTokens = new HashMap<>();

    private final TokenStateFile stateFile;

    TokenStore(Clock clock, TokenValues values, TokenStateFile stateFile) {
        this.clock = clock;
        this.values = values;
        this.stateFile = stateFile;
        if (stateFile != null) {
            stateFile.load(refreshTokens, accessTokens);
            refreshTokens.values().forEach(r -> refreshTokensByClient.computeIfAbsent(r.clientId, c -> new ArrayDeque<>())
                    .addLast(r));
        }
    }

    private void persist() {
        if (stateFile != null) {
            stateFile.save(refreshTokens.values(), accessTokens.values());
        }
    }

    synchronized RefreshToken createRefreshToken(String clientId, List<String> scopes) {
        Deque<RefreshToken> ofClient = refreshTokensByClient.computeIfAbsent(clientId, c -> new ArrayDeque<>());
        if (ofClient.size() >= REFRESH_TOKENS_PER_CLIENT) {
            revoke(ofClient.peekFirst().value);
        }
        RefreshToken token = new RefreshToken(values.next(), clientId, scopes);
        refreshTokens.put(token.value, token);
        ofClient.addLast(token);
        persist();
        return token;
    }

    /** Issues an access token, from a refresh token or (online code, client credentials) from none. */
    synchronized AccessToken createAccessToken(String clientId, RefreshToken parent, List<String> scopes) {
        Instant now = clock.instant();
        AccessToken token = new AccessToken(values.next(), clientId, scopes, now.plus(ACCESS_TOKEN_LIFETIME));
        if (parent != null) {
            parent.accessTokens.removeIf(t -> !t.liveAt(now));
            if (parent.accessTokens.size() >= ACCESS_TOKENS_PER_REFRESH_TOKEN) {
                parent.accessTokens.removeFirst().state = AccessToken.State.EVICTED;
            }
            parent.accessTokens.addLast(token);
        }
        accessTokens.put(token.value, token);
        persist();
        return token;
    }

    synchronized RefreshToken refreshToken(String value, String clientId) {
        RefreshToken token = value == null ? null : refreshTokens.get(value);
        if (token == null || !token.clientId.equals(clientId)) {
            throw new OAuthError("invalid_code");
        }
        return token;
    }

    /** Revokes a refresh token and every access token issued from it. */
    synchronized boolean revoke(String refreshToken) {
        RefreshToken token = refreshToken == null ? null : refreshTokens.remove(refreshToken);
        if (token == null) {
            return false;
        }
        refreshTokensByClient.getOrDefault(token.clientId, new ArrayDeque<>()).remove(token);
        token.accessTokens.forEach(t -> t.state = AccessToken.State.REVOKED);
        token.accessTokens.clear();
        persist();
        return true;
    }

    synchronized TokenCheck check(String accessToken) {
        AccessToken token = accessToken == null ? null : accessTokens.get(accessToken);
        if (token == null) {
            return TokenCheck.of(TokenCheck.Verdict.UNKNOWN);
        }
        return switch (token.state) {
            case REVOKED -> TokenCheck.of(TokenCheck.Verdict.REVOKED);
            case EVICTED -> TokenCheck.of(TokenCheck.Verdict.EVICTED);
            case ACTIVE -> clock.instant().isBefore(token.expiresAt)
                    ? new TokenCheck(TokenCheck.Verdict.VALID, token.scopes)
                    : TokenCheck.of(TokenCheck.Verdict.EXPIRED);
        };
    }
}
