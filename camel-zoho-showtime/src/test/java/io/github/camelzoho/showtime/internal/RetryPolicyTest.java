package io.github.camelzoho.showtime.internal;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Exponential back-off with jitter, capped; Retry-After in both of its forms. */
class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(5));

    @RepeatedTest(20)
    void backoff_doublesWithJitter_upToTheCap() {
        assertThat(policy.backoff(1)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(policy.backoff(2)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(policy.backoff(3)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(policy.backoff(4)).isBetween(Duration.ofMillis(2500), Duration.ofSeconds(5));
        assertThat(policy.backoff(60)).isBetween(Duration.ofMillis(2500), Duration.ofSeconds(5));
    }

    @Test
    void retryAfter_readsSecondsAndHttpDates() {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");

        assertThat(RetryPolicy.retryAfter("1", now)).isEqualTo(Duration.ofSeconds(1));
        assertThat(RetryPolicy.retryAfter("Thu, 01 Jan 2026 10:00:30 GMT", now)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryPolicy.retryAfter("Thu, 01 Jan 2026 09:00:00 GMT", now)).isEqualTo(Duration.ZERO);
        assertThat(RetryPolicy.retryAfter("soon", now)).isNull();
        assertThat(RetryPolicy.retryAfter(null, now)).isNull();
        assertThat(RetryPolicy.retryAfter("-3", now)).isNull();
    }
}
