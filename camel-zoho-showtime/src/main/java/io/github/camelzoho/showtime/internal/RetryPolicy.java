package io.github.camelzoho.showtime.internal;

import org.apache.hc.client5.http.utils.DateUtils;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how long to wait before sending a request again: exponential back-off from {@code initialDelay},
 * capped at {@code maxDelay}, with jitter (each delay is drawn from its upper half), unless ShowTime says how long to
 * wait with {@code Retry-After}.
 *
 * @param maxRetries   retries after the first attempt
 * @param initialDelay the delay before the first retry (before jitter)
 * @param maxDelay     the longest delay; a longer {@code Retry-After} is not waited for
 */
public record RetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay) {

    /** The delay before retry number {@code retry} (1 for the first). */
    public Duration backoff(int retry) {
        long base = initialDelay.toMillis();
        long capped = Math.min(maxDelay.toMillis(), base << Math.min(retry - 1, 20));
        long half = capped / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(capped - half + 1));
    }

    /**
     * The wait a {@code Retry-After} header asks for: delta-seconds or an HTTP date; {@code null} when absent or
     * unreadable.
     */
    public static Duration retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            Instant at = DateUtils.parseStandardDate(value);
            if (at == null) {
                return null;
            }
            Duration wait = Duration.between(now, at);
            return wait.isNegative() ? Duration.ZERO : wait;
        }
    }
}
