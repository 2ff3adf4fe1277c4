package io.github.camelzoho.showtime;

import java.time.Duration;

/**
 * Waits between retries. The default sleeps the calling thread; tests bind one that records the delays and returns at
 * once, so back-off is verified without waiting real seconds.
 */
@FunctionalInterface
public interface ZohoShowTimeSleeper {

    /** Sleeps on the calling thread. */
    ZohoShowTimeSleeper THREAD_SLEEP = delay -> Thread.sleep(delay.toMillis());

    /**
     * Waits {@code delay} before the next attempt.
     *
     * @throws InterruptedException when the thread is interrupted; the request then fails without further attempts
     */
    void sleep(Duration delay) throws InterruptedException;
}
