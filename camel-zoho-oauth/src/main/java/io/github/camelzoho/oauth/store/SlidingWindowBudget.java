package io.github.camelzoho.oauth.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * At most {@code limit} events in any {@code window}: the token-request budget of one account in a single process.
 * Thread-safe.
 */
public final class SlidingWindowBudget {

    private final Deque<Instant> events = new ArrayDeque<>();

    /** Reserves one event at {@code now}; empty if reserved, otherwise the instant at which one becomes available. */
    public synchronized Optional<Instant> reserve(Instant now, int limit, Duration window) {
        Instant windowStart = now.minus(window);
        while (!events.isEmpty() && !events.peekFirst().isAfter(windowStart)) {
            events.pollFirst();
        }
        if (events.size() >= limit) {
            return Optional.of(events.peekFirst().plus(window));
        }
        events.addLast(now);
        return Optional.empty();
    }
}
