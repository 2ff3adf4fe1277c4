package io.github.camelzoho.sandbox.internal;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Thread-safe named counters behind {@link io.github.camelzoho.sandbox.SandboxCounters}. */
public final class CounterRegistry {

    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();

    /**
     * Adds one to a counter.
     *
     * @param name the counter name
     */
    public void increment(String name) {
        counters.computeIfAbsent(name, n -> new LongAdder()).increment();
    }

    /**
     * Returns one counter.
     *
     * @param name the counter name
     * @return its value, 0 if unknown
     */
    public long get(String name) {
        LongAdder adder = counters.get(name);
        return adder == null ? 0 : adder.sum();
    }

    /**
     * Sums counters by name prefix.
     *
     * @param prefix the name prefix
     * @return the sum
     */
    public long total(String prefix) {
        return counters.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix))
                .mapToLong(e -> e.getValue().sum())
                .sum();
    }

    /**
     * Copies all counters.
     *
     * @return sorted name to value
     */
    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        counters.forEach((name, adder) -> copy.put(name, adder.sum()));
        copy.values().removeIf(v -> v == 0);
        return copy;
    }

    /** Sets every counter to zero. */
    public void reset() {
        counters.values().forEach(LongAdder::reset);
    }
}
