package io.github.camelzoho.sandbox.internal;

import io.github.camelzoho.sandbox.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The current fault rules and the paging switch, shared by the Java API and {@code /sandbox/faults}. */
public final class FaultPlan {

    private final List<FaultRule> rules = new ArrayList<>();
    private volatile boolean ignorePaging;

    /**
     * Fails the next requests to a prefix.
     *
     * @param pathPrefix the path prefix
     * @param times how many
     * @param fault the failure
     */
    public synchronized void failNext(String pathPrefix, int times, Fault fault) {
        rules.add(FaultRule.next(requirePrefix(pathPrefix), positive(times), Objects.requireNonNull(fault)));
    }

    /**
     * Fails every k-th request to a prefix.
     *
     * @param pathPrefix the path prefix
     * @param k the period
     * @param fault the failure
     */
    public synchronized void failEvery(String pathPrefix, int k, Fault fault) {
        rules.add(FaultRule.every(requirePrefix(pathPrefix), positive(k), Objects.requireNonNull(fault)));
    }

    /**
     * Switches paging parameters off or on.
     *
     * @param ignore true to ignore them
     */
    public void ignorePaging(boolean ignore) {
        this.ignorePaging = ignore;
    }

    /**
     * Tells whether paging parameters are ignored.
     *
     * @return the switch
     */
    public boolean ignoresPaging() {
        return ignorePaging;
    }

    /** Drops all rules and restores paging. */
    public synchronized void clear() {
        rules.clear();
        ignorePaging = false;
    }

    synchronized Optional<Fault> nextFor(String path) {
        for (FaultRule rule : rules) {
            if (rule.matches(path) && rule.fires()) {
                rules.removeIf(FaultRule::exhausted);
                return Optional.of(rule.fault());
            }
        }
        return Optional.empty();
    }

    synchronized List<String> describe() {
        return rules.stream().map(FaultRule::toString).toList();
    }

    private static String requirePrefix(String prefix) {
        if (prefix == null || !prefix.startsWith("/")) {
            throw new IllegalArgumentException("path prefix must start with '/': " + prefix);
        }
        return prefix;
    }

    private static int positive(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("must be positive: " + n);
        }
        return n;
    }
}
