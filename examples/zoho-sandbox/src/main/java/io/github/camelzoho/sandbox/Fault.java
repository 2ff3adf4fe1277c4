package io.github.camelzoho.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * A failure the sandbox can inject in place of (or before) a normal reply; see {@link SandboxFaults}.
 */
public final class Fault {

    /** The kinds of injected failure. */
    public enum Kind {
        /** HTTP 429 with a {@code Retry-After} header (seconds) and a Zoho-style JSON error body. */
        TOO_MANY_REQUESTS,
        /** HTTP 503 with a Zoho-style JSON error body. */
        SERVICE_UNAVAILABLE,
        /** HTTP 502 with an HTML page, as a gateway in front of Zoho would answer. */
        BAD_GATEWAY_HTML,
        /** The normal reply, sent only after a delay. */
        DELAY
    }

    private final Kind kind;
    private final Duration duration;

    private Fault(Kind kind, Duration duration) {
        this.kind = kind;
        this.duration = duration;
    }

    /**
     * An HTTP 429 telling the client when to come back.
     *
     * @param retryAfter sent as whole seconds in {@code Retry-After}
     * @return the fault
     */
    public static Fault tooManyRequests(Duration retryAfter) {
        return new Fault(Kind.TOO_MANY_REQUESTS, nonNegative(retryAfter));
    }

    /**
     * An HTTP 503.
     *
     * @return the fault
     */
    public static Fault serviceUnavailable() {
        return new Fault(Kind.SERVICE_UNAVAILABLE, Duration.ZERO);
    }

    /**
     * An HTTP 502 whose body is an HTML page rather than JSON.
     *
     * @return the fault
     */
    public static Fault badGatewayHtml() {
        return new Fault(Kind.BAD_GATEWAY_HTML, Duration.ZERO);
    }

    /**
     * A slow reply: the request is answered normally after waiting (real wall time, on the server's thread).
     *
     * @param delay how long to wait before answering
     * @return the fault
     */
    public static Fault delay(Duration delay) {
        return new Fault(Kind.DELAY, nonNegative(delay));
    }

    /**
     * Returns the kind of failure.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the Retry-After value for {@link Kind#TOO_MANY_REQUESTS}, the delay for {@link Kind#DELAY}, zero otherwise.
     *
     * @return the duration
     */
    public Duration duration() {
        return duration;
    }

    private static Duration nonNegative(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("negative duration: " + duration);
        }
        return duration;
    }

    @Override
    public String toString() {
        return kind + (duration.isZero() ? "" : "(" + duration + ")");
    }
}
