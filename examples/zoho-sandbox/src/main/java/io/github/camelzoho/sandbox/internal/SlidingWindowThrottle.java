package io.github.camelzoho.sandbox.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * At most {@code limit} accepted requests per key in any window of {@code window} on the sandbox clock. Refused
 * requests are not recorded, so the block lifts as the oldest accepted requests leave the window.
 */
final class SlidingWindowThrottle {

    private final Clock clock;
    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> accepted = new HashMap<>();

    SlidingWindowThrottle(Clock clock, int limit, Duration window) {
        this.clock = clock;
        this.limit = limit;
        this.window = window;
    }

    synchronized boolean tryAcquire(String key) {
        Instant now = clock.instant();
        Deque<Instant> times = accepted.computeIfAbsent(key, k -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
            times.removeFirst();
        }
        if (times.size() >= limit) {
            return false;
        }
        times.addLast(now);
        return true;
    }
}
