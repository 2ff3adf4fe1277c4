package io.github.camelzoho.sandbox.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** A refresh token and the access tokens issued from it, oldest first; guarded by {@link TokenStore}. */
final class RefreshToken {

    final String value;
    final String clientId;
    final List<String> scopes;
    final Deque<AccessToken> accessTokens = new ArrayDeque<>();

    RefreshToken(String value, String clientId, List<String> scopes) {
        this.value = value;
        this.clientId = clientId;
        this.scopes = scopes;
    }
}
