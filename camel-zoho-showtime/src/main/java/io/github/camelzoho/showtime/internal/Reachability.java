package io.github.camelzoho.showtime.internal;

/**
 * The outcome of the latest request of a connection, kept for the health check so that a probe reads memory while
 * traffic flows.
 */
public final class Reachability {

    /**
     * @param atNanos {@link System#nanoTime()} of the outcome
     * @param up      whether ShowTime answered and accepted the token
     * @param reason  why not, safe to show; {@code null} when up
     */
    public record Outcome(long atNanos, boolean up, String reason) {
    }

    private volatile Outcome last;

    /** Records an answer with {@code status}, or a failure without an answer ({@code status} 0). */
    public void record(int status, String reason) {
        boolean up = status != 0 && status != 401 && status < 500;
        last = new Outcome(System.nanoTime(), up, up ? null : reason);
    }

    /** The latest outcome, or {@code null} when there was no request yet. */
    public Outcome last() {
        return last;
    }
}
