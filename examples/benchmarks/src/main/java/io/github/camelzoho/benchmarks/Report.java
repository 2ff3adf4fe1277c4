package io.github.camelzoho.benchmarks;

import io.github.camelzoho.benchmarks.BenchmarkSuite.Results;
import io.github.camelzoho.benchmarks.BenchmarkSuite.Score;
import io.github.camelzoho.benchmarks.ExpiryStampede.Client;
import io.github.camelzoho.benchmarks.ExpiryStampede.Phase;

import java.util.Locale;

/**
 * The results as Markdown tables of ratios measured in the same run. A ratio is the median of the per-pass ratios
 * (see {@link BenchmarkSuite}); its range is the lowest and highest per-pass ratio. Scores are means over the passes.
 */
public final class Report {

    private Report() {
    }

    public static String markdown(Results results, String machine) {
        StringBuilder md = new StringBuilder();
        md.append("Machine: ").append(machine).append("\n\nSettings: ").append(results.settings()).append("\n\n");
        decoration(md, results);
        httpAuth(md, results);
        stampede(md, results);
        showTime(md, results);
        streaming(md, results);
        return md.toString();
    }

    private static void decoration(StringBuilder md, Results r) {
        md.append("### 1. Decoration hot path (time per exchange; target ≤ 1.15× the floor, no allocation beyond the header)\n\n")
                .append("| threads | zoho-oauth:token ns/op | floor ns/op | ratio | per-pass range | zoho-oauth B/op | floor B/op | extra B/op |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (int t : new int[] { 1, 2 }) {
            Score zoho = r.score("zohoOAuthToken@t" + t);
            Score floor = r.score("floorConstantHeader@t" + t);
            if (zoho == null || floor == null) {
                md.append("| ").append(t).append(" | failed | | | | | | |\n");
                continue;
            }
            double za = zoho.secondary("gc.alloc.rate.norm");
            double fa = floor.secondary("gc.alloc.rate.norm");
            md.append("| ").append(t).append(" | ").append(pm(zoho)).append(" | ").append(pm(floor)).append(" | ")
                    .append(times(ratio(zoho, floor))).append(" | ").append(range(zoho, floor)).append(" | ")
                    .append(num(za, 0)).append(" | ").append(num(fa, 0)).append(" | ").append(num(za - fa, 0)).append(" |\n");
        }
        md.append('\n');
    }

    private static void httpAuth(StringBuilder md, Results r) {
        Score zoho = r.score("zohoOAuthConfigurer");
        md.append("### 2. camel-http GET to the loopback stub, authenticated four ways (throughput, 2 threads)\n\n")
                .append("| alternative | ops/s | zoho-oauth ÷ this | per-pass range | token requests (whole trial) |\n")
                .append("|---|---|---|---|---|\n");
        row(md, "ZohoOAuthHttpClientConfigurer", zoho, zoho);
        row(md, "camel-http OAuth2 (`oauth2CacheTokens=true`)", r.score("camelHttpOAuth2"), zoho);
        row(md, "hand-written token bean + setHeader", r.score("handWrittenTokenBean"), zoho);
        row(md, "no authentication (floor)", r.score("noAuth"), zoho);
        md.append('\n');
    }

    private static void row(StringBuilder md, String name, Score s, Score zoho) {
        if (s == null || zoho == null) {
            md.append("| ").append(name).append(" | failed | | | |\n");
            return;
        }
        double requests = s.secondary(StubProfiler.TOKEN_REQUESTS);
        md.append("| ").append(name).append(" | ").append(pm(s)).append(" | ").append(times(ratio(zoho, s)))
                .append(" | ").append(range(zoho, s)).append(" | ")
                .append(Double.isNaN(requests) ? "n/a" : num(requests, 0)).append(" |\n");
    }

    private static void stampede(StringBuilder md, Results r) {
        md.append("### 3. Expiry stampede (").append(r.settings().concurrency()).append(" concurrent exchanges, token endpoint ")
                .append(r.settings().tokenDelayMillis()).append(" ms, ").append(r.settings().stampedeRounds())
                .append(" rounds per phase)\n\n")
                .append("| client | phase | token requests per round (min / mean / max) | p50 ms | p99 ms | max ms | failed exchanges |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (ExpiryStampede.Result s : r.stampede()) {
            md.append("| ").append(s.client() == Client.ZOHO_OAUTH ? "zoho-oauth" : "camel-http OAuth2").append(" | ")
                    .append(s.phase()).append(" | ").append(s.minTokenRequests()).append(" / ").append(num(s.meanTokenRequests(), 1))
                    .append(" / ").append(s.maxTokenRequests()).append(" | ").append(num(s.p50Millis(), 1)).append(" | ")
                    .append(num(s.p99Millis(), 1)).append(" | ").append(num(s.maxMillis(), 1)).append(" | ")
                    .append(s.failures()).append(" |\n");
        }
        ExpiryStampede.Result zoho = find(r, Client.ZOHO_OAUTH, Phase.EXPIRED);
        ExpiryStampede.Result http = find(r, Client.CAMEL_HTTP_OAUTH2, Phase.EXPIRED);
        if (zoho != null && http != null && zoho.meanTokenRequests() > 0) {
            md.append("\nAt hard expiry camel-http's cache made ").append(times(http.meanTokenRequests() / zoho.meanTokenRequests()))
                    .append(" as many token requests as zoho-oauth.\n");
        }
        md.append('\n');
    }

    static ExpiryStampede.Result find(Results r, Client client, Phase phase) {
        return r.stampede().stream().filter(s -> s.client() == client && s.phase() == phase).findFirst().orElse(null);
    }

    private static void showTime(StringBuilder md, Results r) {
        Score zoho = r.score("zohoShowTimeListTalks");
        Score raw = r.score("rawCamelHttpJackson");
        md.append("### 4. ShowTime producer overhead (one page of 100 talks, throughput, 2 threads; target ≥ 0.9×)\n\n")
                .append("| | ops/s | ratio zoho-showtime ÷ raw | per-pass range | allocated KB/op (stub included) |\n")
                .append("|---|---|---|---|---|\n");
        if (zoho == null || raw == null) {
            md.append("| failed | | | | |\n\n");
            return;
        }
        md.append("| zoho-showtime:listTalks | ").append(pm(zoho)).append(" | ").append(times(ratio(zoho, raw)))
                .append(" | ").append(range(zoho, raw)).append(" | ")
                .append(num(zoho.secondary("gc.alloc.rate.norm") / 1024, 0)).append(" |\n")
                .append("| raw camel-http + Jackson | ").append(pm(raw)).append(" | | | ")
                .append(num(raw.secondary("gc.alloc.rate.norm") / 1024, 0)).append(" |\n\n");
    }

    private static void streaming(StringBuilder md, Results r) {
        Settings s = r.settings();
        long pages = (s.talks() + s.pageSize() - 1) / s.pageSize();
        Score raw = r.streamingScore("rawCamelHttpJackson");
        md.append("### 5. Streaming (").append(s.talks()).append(" talks over ").append(pages).append(" pages, ")
                .append(s.inProcess() ? "in the test JVM" : "-Xmx64m").append(", default settings)\n\n")
                .append("| path | s per listing | pages/s | throughput ÷ raw | peak heap used MB | max heap after GC MB | max heap MB |\n")
                .append("|---|---|---|---|---|---|---|\n");
        streamingRow(md, "producer `streaming=true` (lazy Iterator)", r.streamingScore("producerStreaming"), raw, pages);
        streamingRow(md, "consumer, one poll (`onlyNew=true`, memory repository)", r.streamingScore("consumerPoll"), raw, pages);
        streamingRow(md, "raw camel-http + Jackson, page by page", raw, raw, pages);
        md.append('\n');
    }

    private static void streamingRow(StringBuilder md, String name, Score score, Score raw, long pages) {
        if (score == null) {
            md.append("| ").append(name).append(" | failed | | | | | |\n");
            return;
        }
        md.append("| ").append(name).append(" | ").append(pm(score)).append(" | ").append(num(pages / score.value(), 0))
                .append(" | ").append(raw == null ? "n/a" : times(ratio(raw, score))).append(" | ")
                .append(num(score.secondary(HeapProfiler.PEAK_USED), 1)).append(" | ")
                .append(num(score.secondary(HeapProfiler.MAX_AFTER_GC), 1)).append(" | ")
                .append(num(score.secondary(HeapProfiler.HEAP_MAX), 0)).append(" |\n");
    }

    /** The median of the per-pass ratios a/b. */
    static double ratio(Score a, Score b) {
        double[] r = perPass(a, b);
        return r.length % 2 == 1 ? r[r.length / 2] : (r[r.length / 2 - 1] + r[r.length / 2]) / 2;
    }

    /** The lowest and highest per-pass ratio a/b. */
    private static String range(Score a, Score b) {
        double[] r = perPass(a, b);
        return r.length < 2 ? "n/a" : num(r[0], 2) + "–" + num(r[r.length - 1], 2);
    }

    private static double[] perPass(Score a, Score b) {
        int n = Math.min(a.passes().length, b.passes().length);
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = a.passes()[i] / b.passes()[i];
        }
        java.util.Arrays.sort(r);
        return r;
    }

    private static String pm(Score s) {
        double v = s.value();
        int decimals = v >= 100 ? 0 : v >= 10 ? 1 : 2;
        return num(v, decimals);
    }

    private static String times(double r) {
        return num(r, 2) + "×";
    }

    private static String num(double v, int decimals) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
