package io.github.camelzoho.oauth.store;

import io.github.camelzoho.oauth.token.PendingAuthorization;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pending consent states held in memory, single use, bounded so that a flood of login requests cannot exhaust the
 * heap. Thread-safe.
 */
public final class PendingAuthorizations {

    /** More pending consents than any real login page sees in 10 minutes. */
    public static final int MAX_PENDING = 10_000;

    private final Map<String, PendingAuthorization> byState = new ConcurrentHashMap<>();

    public void save(PendingAuthorization pending, Instant now) {
        if (byState.size() >= MAX_PENDING) {
            byState.values().removeIf(p -> !p.expiresAt().isAfter(now));
            if (byState.size() >= MAX_PENDING) {
                throw new IllegalStateException("Too many consent requests pending (" + MAX_PENDING
                        + "); refusing new ones until some complete or expire");
            }
        }
        byState.put(pending.state(), pending);
    }

    public Optional<PendingAuthorization> consume(String state, Instant now) {
        if (state == null) {
            return Optional.empty();
        }
        PendingAuthorization p = byState.remove(state);
        if (p == null || !p.expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(p);
    }
}
