package io.github.camelzoho.sandbox.internal;

import java.time.Instant;
import java.util.List;

/** An issued access token; its state is guarded by {@link TokenStore}. */
final class AccessToken {

    enum State { ACTIVE, REVOKED, EVICTED }

    final String value;
    final String clientId;
    final List<String> scopes;
    final Instant expiresAt;
    State state = State.ACTIVE;

    AccessToken(String value, String clientId, List<String> scopes, Instant expiresAt) {
        this.value = value;
        this.clientId = clientId;
        this.scopes = scopes;
        this.expiresAt = expiresAt;
    }

    boolean liveAt(Instant now) {
        return state == State.ACTIVE && now.isBefore(expiresAt);
    }
}
