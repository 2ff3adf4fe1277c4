package io.github.camelzoho.sandbox;

import io.github.camelzoho.sandbox.internal.FaultPlan;

/**
 * Runtime switches that make the sandbox misbehave, to prove that clients retry, back off and stop.
 *
 * <p>Rules match a path prefix (e.g. {@code /api/v4/} or {@code /oauth/v2/token}); the first matching rule that fires
 * decides the reply. Paths under {@code /sandbox/} are never faulted. The same switches are reachable over HTTP at
 * {@code /sandbox/faults}.
 */
public final class SandboxFaults {

    private final FaultPlan plan;

    SandboxFaults(FaultPlan plan) {
        this.plan = plan;
    }

    /**
     * Answers the next requests to a path prefix with a fault, then behaves normally again.
     *
     * @param pathPrefix the start of the request path, e.g. {@code /api/v4/}
     * @param times how many requests fail; must be positive
     * @param fault the failure to send
     */
    public void failNext(String pathPrefix, int times, Fault fault) {
        plan.failNext(pathPrefix, times, fault);
    }

    /**
     * Answers every k-th request to a path prefix with a fault, until {@link #clear()}.
     *
     * @param pathPrefix the start of the request path
     * @param k the period; the k-th, 2k-th, ... matching requests fail; must be positive
     * @param fault the failure to send
     */
    public void failEvery(String pathPrefix, int k, Fault fault) {
        plan.failEvery(pathPrefix, k, fault);
    }

    /**
     * Makes the talks listing ignore {@code limit} and {@code si}, always answering with the first page of 10, while
     * still reporting the real {@code totalSessionsCount}: a client that pages until it has seen everything would
     * loop forever, one that detects repeated pages stops.
     *
     * @param ignore true to ignore paging parameters
     */
    public void ignorePaging(boolean ignore) {
        plan.ignorePaging(ignore);
    }

    /**
     * Tells whether paging parameters are currently ignored.
     *
     * @return true after {@code ignorePaging(true)}
     */
    public boolean ignoresPaging() {
        return plan.ignoresPaging();
    }

    /** Removes every fault rule and turns paging back on. */
    public void clear() {
        plan.clear();
    }
}
