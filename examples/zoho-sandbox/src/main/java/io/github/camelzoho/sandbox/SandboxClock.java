package io.github.camelzoho.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sandbox's own clock: a base clock plus an offset that tests move forward with {@link #advance(Duration)}.
 *
 * <p>Every expiry in the sandbox (grant codes, access tokens, throttle windows) is measured on this clock, so a test
 * can make an hour pass without sleeping. The offset is shared by every view returned from {@link #withZone(ZoneId)}.
 */
public final class SandboxClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset;

    private SandboxClock(Clock base, AtomicReference<Duration> offset) {
        this.base = base;
        this.offset = offset;
    }

    /**
     * Creates a clock that starts at the base clock's time and then follows it, plus whatever is advanced.
     *
     * @param base the underlying clock, e.g. {@link Clock#systemUTC()} or a fixed clock for fully deterministic tests
     * @return a new sandbox clock with a zero offset
     */
    public static SandboxClock on(Clock base) {
        return new SandboxClock(Objects.requireNonNull(base, "base"), new AtomicReference<>(Duration.ZERO));
    }

    /**
     * Moves this clock forward.
     *
     * @param amount how far to move; must not be negative (time in the sandbox never runs backwards)
     */
    public void advance(Duration amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("the sandbox clock only moves forward: " + amount);
        }
        offset.accumulateAndGet(amount, Duration::plus);
    }

    /**
     * Tells how far this clock has been advanced beyond its base clock.
     *
     * @return the total of all advances so far
     */
    public Duration offset() {
        return offset.get();
    }

    /**
     * Returns the current instant on the sandbox clock.
     *
     * @return base instant plus offset
     */
    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    /**
     * Returns the zone of the base clock.
     *
     * @return the zone
     */
    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    /**
     * Returns a view of this clock in another zone that shares the same offset.
     *
     * @param zone the zone of the view
     * @return a clock that advances together with this one
     */
    @Override
    public Clock withZone(ZoneId zone) {
        return new SandboxClock(base.withZone(zone), offset);
    }
}
