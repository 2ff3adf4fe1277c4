package io.github.camelzoho.benchmarks;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Runs the five benchmarks of issue 6 with one set of {@link Settings} and collects what the report needs.
 * <p>
 * The machine is shared, so the load changes while the suite runs. Each comparison is therefore run as paired passes:
 * in every pass each alternative runs once, in its own JVM, one after the other (the order reversed every other
 * pass), and a ratio is computed per pass. The report gives the median of those per-pass ratios and their range.
 */
public final class BenchmarkSuite {

    /**
     * A benchmark's score in each pass (same order for every alternative of a group), and its secondary results
     * (averaged over the passes) by label.
     */
    public record Score(double[] passes, String unit, Map<String, Double> secondary) {

        public double value() {
            return Arrays.stream(passes).average().orElse(Double.NaN);
        }

        double secondary(String label) {
            return secondary.getOrDefault(label, Double.NaN);
        }
    }

    /** Scores by benchmark name (suffixed {@code @t<threads>} for the decoration benchmark). */
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
            group(scores, "", "@t" + threads, DecorationBenchmark.class, List.of("zohoOAuthToken", "floorConstantHeader"),
                    settings.passes(), o -> o.threads(threads).addProfiler(GCProfiler.class)
                            .warmupTime(settings.fastIterationTime()).measurementTime(settings.fastIterationTime()));
        }
        group(scores, "", "", HttpAuthBenchmark.class,
                List.of("zohoOAuthConfigurer", "camelHttpOAuth2", "handWrittenTokenBean", "noAuth"), settings.passes(),
                o -> o.threads(2).addProfiler(StubProfiler.class));
        group(scores, "", "", ShowTimeProducerBenchmark.class, List.of("zohoShowTimeListTalks", "rawCamelHttpJackson"),
                settings.passes(), o -> o.threads(2).addProfiler(GCProfiler.class));
        group(scores, "streaming.", "", StreamingBenchmark.class,
                List.of("producerStreaming", "consumerPoll", "rawCamelHttpJackson"), settings.streamingPasses(), o -> {
                    o.threads(1).addProfiler(HeapProfiler.class)
                            .warmupIterations(settings.streamingWarmups()).measurementIterations(settings.streamingRuns())
                            .param("talks", Integer.toString(settings.talks()))
                            .param("pageSize", Integer.toString(settings.pageSize()));
                    if (!settings.inProcess()) {
                        o.jvmArgs("-Xmx64m");
                    }
                    return o;
                });
        return new Results(settings, scores, stampede());
    }

    /** Every client and phase in turn, round after round, after warm-up rounds of each. */
    private List<ExpiryStampede.Result> stampede() throws Exception {
        record Case(ExpiryStampede.Client client, ExpiryStampede.Phase phase) {
        }
        List<Case> cases = new ArrayList<>();
        for (ExpiryStampede.Client client : ExpiryStampede.Client.values()) {
            for (ExpiryStampede.Phase phase : ExpiryStampede.Phase.values()) {
                if (client != ExpiryStampede.Client.CAMEL_HTTP_OAUTH2 || phase != ExpiryStampede.Phase.STALE) {
                    cases.add(new Case(client, phase)); // camel-http has no refresh-ahead window
                }
            }
        }
        Map<Case, List<ExpiryStampede.Round>> rounds = new LinkedHashMap<>();
        cases.forEach(c -> rounds.put(c, new ArrayList<>()));
        try (ExpiryStampede stampede = new ExpiryStampede(settings.concurrency(), settings.tokenDelayMillis())) {
            for (int i = 0; i < settings.stampedeWarmups(); i++) {
                for (Case c : cases) {
                    stampede.round(c.client(), c.phase());
                }
            }
            for (int i = 0; i < settings.stampedeRounds(); i++) {
                for (Case c : cases) {
                    rounds.get(c).add(stampede.round(c.client(), c.phase()));
                }
            }
        }
        List<ExpiryStampede.Result> results = new ArrayList<>();
        rounds.forEach((c, measured) -> results.add(ExpiryStampede.summarize(c.client(), c.phase(), measured)));
        return results;
    }

    /** Runs {@code methods} of {@code benchmark} in {@code passes} paired passes and stores their scores. */
    private void group(Map<String, Score> scores, String prefix, String suffix, Class<?> benchmark, List<String> methods,
            int passes, UnaryOperator<ChainedOptionsBuilder> customize) throws RunnerException {
        Map<String, double[]> values = new LinkedHashMap<>();
        Map<String, Map<String, Double>> secondary = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (String method : methods) {
            values.put(method, new double[passes]);
            secondary.put(method, new LinkedHashMap<>());
        }
        for (int pass = 0; pass < passes; pass++) {
            List<String> order = new ArrayList<>(methods);
            if (pass % 2 == 1) {
                Collections.reverse(order);
            }
            for (String method : order) {
                ChainedOptionsBuilder options = customize.apply(jmh().include(benchmark.getName() + "\\." + method + "$"));
                Collection<RunResult> results = new Runner(options.build()).run();
                RunResult run = results.iterator().next();
                values.get(method)[pass] = run.getPrimaryResult().getScore();
                units.put(method, run.getPrimaryResult().getScoreUnit());
                run.getSecondaryResults().forEach((label, result) -> secondary.get(method)
                        .merge(label, result.getScore() / passes, Double::sum));
                if (pass + 1 == passes) {
                    scores.put(prefix + method + suffix, new Score(values.get(method), units.get(method),
                            secondary.get(method)));
                }
            }
        }
    }

    private ChainedOptionsBuilder jmh() {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .forks(settings.forks())
                .warmupIterations(settings.warmups()).warmupTime(settings.iterationTime())
                .measurementIterations(settings.iterations()).measurementTime(settings.iterationTime())
                .shouldFailOnError(true)
                .verbosity(verbosity);
        if (!settings.inProcess()) {
            options.jvmArgs("-Xmx512m");
        }
        return options;
    }
}
