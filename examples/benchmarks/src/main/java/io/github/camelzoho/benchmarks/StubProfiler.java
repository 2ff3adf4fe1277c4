package io.github.camelzoho.benchmarks;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import java.util.Collection;
import java.util.List;

/**
 * Reports how many token requests the stub of the running trial has answered so far (warm-up included), so the
 * table can show token requests next to throughput. Runs inside the benchmark's JVM.
 */
public final class StubProfiler implements InternalProfiler {

    public static final String TOKEN_REQUESTS = "stub.tokenRequests";

    private static volatile LoopbackStub watched;

    /** Called by a benchmark's trial set-up with the stub it talks to. */
    static void watch(LoopbackStub stub) {
        watched = stub;
    }

    @Override
    public String getDescription() {
        return "token requests answered by the loopback stub";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        LoopbackStub stub = watched;
        if (stub == null) {
            return List.of();
        }
        return List.of(new ScalarResult(TOKEN_REQUESTS, stub.tokenRequests(), "requests", AggregationPolicy.MAX));
    }
}
