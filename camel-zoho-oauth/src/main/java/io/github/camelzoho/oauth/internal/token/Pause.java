package io.github.camelzoho.oauth.internal.token;

import java.time.Duration;

/**
 * How a token manager waits between looks at the store while another node refreshes. The default sleeps; tests give
 * one that moves their clock, so a bounded wait takes no real time.
 */
@FunctionalInterface
public interface Pause {

    /** Sleeps the calling thread. */
    Pause SLEEP = d -> Thread.sleep(d.toMillis());

    /** Waits about {@code duration}. */
    void pause(Duration duration) throws InterruptedException;
}
