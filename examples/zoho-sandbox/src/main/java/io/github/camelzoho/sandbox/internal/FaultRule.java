package io.github.camelzoho.sandbox.internal;

import io.github.camelzoho.sandbox.Fault;

/** One fault rule: either "the next N matching requests" or "every k-th matching request". Guarded by FaultPlan. */
final class FaultRule {

    private final String pathPrefix;
    private final Fault fault;
    private final boolean periodic;
    private final int n;
    private int seen;

    private FaultRule(String pathPrefix, Fault fault, boolean periodic, int n) {
        this.pathPrefix = pathPrefix;
        this.fault = fault;
        this.periodic = periodic;
        this.n = n;
    }

    static FaultRule next(String pathPrefix, int times, Fault fault) {
        return new FaultRule(pathPrefix, fault, false, times);
    }

    static FaultRule every(String pathPrefix, int k, Fault fault) {
        return new FaultRule(pathPrefix, fault, true, k);
    }

    boolean matches(String path) {
        return path.startsWith(pathPrefix) && !exhausted();
    }

    /** Counts a matching request and tells whether this one fails. */
    boolean fires() {
        seen++;
        return !periodic || seen % n == 0;
    }

    boolean exhausted() {
        return !periodic && seen >= n;
    }

    Fault fault() {
        return fault;
    }

    @Override
    public String toString() {
        return (periodic ? "every " + n + "th" : "next " + (n - seen)) + " " + pathPrefix + " -> " + fault;
    }
}
