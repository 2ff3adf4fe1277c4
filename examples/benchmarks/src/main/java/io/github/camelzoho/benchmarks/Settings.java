package io.github.camelzoho.benchmarks;

import org.openjdk.jmh.runner.options.TimeValue;

/**
 * How long and in how many JVMs the suite runs. {@link #full()} is the documented run (about 7 minutes on 2 cores);
 * {@link #smoke()} runs each benchmark once, briefly, in the test's own JVM.
 *
 * @param forks             JVMs per benchmark (0: the current JVM, no {@code -Xmx64m} for streaming)
 * @param warmups           warm-up iterations of the throughput and time-per-op benchmarks
 * @param warmupTime        length of each of those warm-up iterations
 * @param iterations        measured iterations
 * @param iterationTime     length of each measured iteration
 * @param streamingWarmups  warm-up operations of the streaming benchmark (one walk of the listing each)
 * @param streamingRuns     measured operations of the streaming benchmark
 * @param talks             talks in the streaming listing
 * @param pageSize          talks per page in the streaming listing
 * @param stampedeWarmups   discarded rounds per client and phase of the stampede
 * @param stampedeRounds    measured rounds per client and phase
 * @param concurrency       exchanges released at once in a stampede round
 * @param tokenDelayMillis  how long the stub's token endpoint takes to answer in the stampede
 */
public record Settings(int forks, int warmups, TimeValue warmupTime, int iterations, TimeValue iterationTime,
        int streamingWarmups, int streamingRuns, int talks, int pageSize, int stampedeWarmups, int stampedeRounds,
        int concurrency, int tokenDelayMillis) {

    public static Settings full() {
        return new Settings(1, 3, TimeValue.seconds(2), 5, TimeValue.seconds(2), 1, 3, 100_000, 100, 2, 10, 256, 50);
    }

    public static Settings smoke() {
        return new Settings(0, 0, TimeValue.milliseconds(50), 1, TimeValue.milliseconds(100), 0, 1, 1_000, 100, 0, 1, 256,
                50);
    }

    boolean inProcess() {
        return forks == 0;
    }

    @Override
    public String toString() {
        return "forks=" + forks + ", warm-up " + warmups + " x " + warmupTime + ", measurement " + iterations + " x "
                + iterationTime + "; streaming: " + talks + " talks in pages of " + pageSize + ", " + streamingWarmups
                + " warm-up + " + streamingRuns + " measured walks; stampede: " + concurrency + " exchanges, token endpoint "
                + tokenDelayMillis + " ms, " + stampedeWarmups + " warm-up + " + stampedeRounds + " rounds per phase";
    }
}
