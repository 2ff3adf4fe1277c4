package io.github.camelzoho.benchmarks;

import org.openjdk.jmh.runner.options.TimeValue;

/**
 * How long and in how many JVMs the suite runs. {@link #full()} is the documented run (under 10 minutes on 2 cores);
 * {@link #smoke()} runs each benchmark once, briefly, in the test's own JVM.
 *
 * @param forks             JVMs per benchmark and pass (0: the current JVM, and no {@code -Xmx64m} for streaming)
 * @param passes            paired passes of each comparison (benchmarks 1, 2 and 4)
 * @param warmups           warm-up iterations per JVM
 * @param iterations        measured iterations per JVM
 * @param iterationTime     length of an iteration of the HTTP benchmarks (2 and 4)
 * @param fastIterationTime length of an iteration of the decoration benchmark (1)
 * @param streamingPasses   paired passes of the streaming benchmark (5)
 * @param streamingWarmups  warm-up walks of the listing per JVM
 * @param streamingRuns     measured walks per JVM
 * @param talks             talks in the streaming listing
 * @param pageSize          talks per page in the streaming listing
 * @param stampedeWarmups   discarded rounds per client and phase of the stampede (3)
 * @param stampedeRounds    measured rounds per client and phase
 * @param concurrency       exchanges released at once in a stampede round
 * @param tokenDelayMillis  how long the stub's token endpoint takes to answer in the stampede
 */
public record Settings(int forks, int passes, int warmups, int iterations, TimeValue iterationTime,
        TimeValue fastIterationTime, int streamingPasses, int streamingWarmups, int streamingRuns, int talks, int pageSize,
        int stampedeWarmups, int stampedeRounds, int concurrency, int tokenDelayMillis) {

    public static Settings full() {
        return new Settings(1, 3, 4, 4, TimeValue.seconds(2), TimeValue.seconds(1), 2, 1, 3, 100_000, 100, 3, 10, 256, 50);
    }

    public static Settings smoke() {
        return new Settings(0, 1, 0, 1, TimeValue.milliseconds(100), TimeValue.milliseconds(100), 1, 0, 1, 1_000, 100, 0,
                1, 256, 50);
    }

    boolean inProcess() {
        return forks == 0;
    }

    @Override
    public String toString() {
        return "benchmarks 1, 2, 4: " + passes + " paired passes, each alternative in " + forks + " fresh JVM(s) per pass, "
                + warmups + " warm-up + " + iterations + " measured iterations of " + fastIterationTime + " (benchmark 1) or "
                + iterationTime + " (2, 4); benchmark 5: " + talks + " talks in pages of " + pageSize + ", "
                + streamingPasses + " passes of " + streamingWarmups + " warm-up + " + streamingRuns
                + " measured walks; benchmark 3: " + concurrency + " exchanges at once, token endpoint " + tokenDelayMillis
                + " ms, " + stampedeWarmups + " warm-up + " + stampedeRounds + " measured rounds per phase";
    }
}
