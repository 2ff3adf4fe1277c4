package io.github.camelzoho.benchmarks;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs the five benchmarks of issue 6 with one set of {@link Settings} and collects what the report needs. */
public final class BenchmarkSuite {

    /** A measured score with its 99.9% confidence half-width, and the secondary results by label. */
    public record Score(double value, double error, String unit, Map<String, Double> secondary) {

        double secondary(String label) {
            return secondary.getOrDefault(label, Double.NaN);
        }
    }

    /** Scores by benchmark method name (suffixed {@code @t<threads>} for the decoration benchmark). */
    public record Results(Settings settings, Map<String, Score> scores, List<ExpiryStampede.Result> stampede) {

        public Score score(String name) {
            return scores.get(name);
        }

        /** The streaming benchmark's methods share names with others, so they are stored with a prefix. */
        public Score streamingScore(String name) {
            return scores.get("streaming." + name);
        }
    }

    private final Settings settings;
    private final VerboseMode verbosity;

    public BenchmarkSuite(Settings settings, VerboseMode verbosity) {
        this.settings = settings;
        this.verbosity = verbosity;
    }

    public Results run() throws Exception {
        Map<String, Score> scores = new LinkedHashMap<>();
        for (int threads : new int[] { 1, 2 }) {
            collect(scores, "@t" + threads, jmh(DecorationBenchmark.class).threads(threads).addProfiler(GCProfiler.class));
        }
        collect(scores, "", jmh(HttpAuthBenchmark.class).threads(2).addProfiler(StubProfiler.class));
        collect(scores, "", jmh(ShowTimeProducerBenchmark.class).threads(2).addProfiler(StubProfiler.class));
        ChainedOptionsBuilder streaming = jmh(StreamingBenchmark.class).threads(1).addProfiler(HeapProfiler.class)
                .warmupIterations(settings.streamingWarmups()).measurementIterations(settings.streamingRuns())
                .param("talks", Integer.toString(settings.talks())).param("pageSize", Integer.toString(settings.pageSize()));
        if (!settings.inProcess()) {
            streaming.jvmArgs("-Xmx64m");
        }
        collect(scores, "", streaming, "streaming.");
        return new Results(settings, scores, stampede());
    }

    private List<ExpiryStampede.Result> stampede() throws Exception {
        List<ExpiryStampede.Result> results = new ArrayList<>();
        try (ExpiryStampede stampede = new ExpiryStampede(settings.concurrency(), settings.tokenDelayMillis())) {
            for (ExpiryStampede.Client client : ExpiryStampede.Client.values()) {
                for (ExpiryStampede.Phase phase : ExpiryStampede.Phase.values()) {
                    if (client == ExpiryStampede.Client.CAMEL_HTTP_OAUTH2 && phase == ExpiryStampede.Phase.STALE) {
                        continue; // camel-http has no refresh-ahead window
                    }
                    results.add(stampede.measure(client, phase, settings.stampedeWarmups(), settings.stampedeRounds()));
                }
            }
        }
        return results;
    }

    private ChainedOptionsBuilder jmh(Class<?> benchmark) {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(benchmark.getName() + "\\.")
                .forks(settings.forks())
                .warmupIterations(settings.warmups()).warmupTime(settings.warmupTime())
                .measurementIterations(settings.iterations()).measurementTime(settings.iterationTime())
                .shouldFailOnError(true)
                .verbosity(verbosity);
        if (!settings.inProcess()) {
            options.jvmArgs("-Xmx512m");
        }
        return options;
    }

    private static void collect(Map<String, Score> scores, String suffix, ChainedOptionsBuilder options)
            throws RunnerException {
        collect(scores, suffix, options, "");
    }

    private static void collect(Map<String, Score> scores, String suffix, ChainedOptionsBuilder options, String prefix)
            throws RunnerException {
        Collection<RunResult> results = new Runner(options.build()).run();
        for (RunResult run : results) {
            String benchmark = run.getParams().getBenchmark();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            Result<?> primary = run.getPrimaryResult();
            Map<String, Double> secondary = new LinkedHashMap<>();
            run.getSecondaryResults().forEach((label, result) -> secondary.put(label, result.getScore()));
            scores.put(prefix + method + suffix, new Score(primary.getScore(), primary.getScoreError(), primary.getScoreUnit(),
                    secondary));
        }
    }
}
