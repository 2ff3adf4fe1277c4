package io.github.camelzoho.benchmarks;

import io.github.camelzoho.benchmarks.ExpiryStampede.Client;
import io.github.camelzoho.benchmarks.ExpiryStampede.Phase;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.options.VerboseMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every benchmark of the suite once, briefly, in this JVM, so they keep compiling and running. It asserts that
 * each produced a result and that the expiry stampede cost zoho-oauth exactly one token request — never a timing.
 */
class BenchmarksSmokeTest {

    @Test
    void everyBenchmarkRuns_andTheStampedeMakesOneTokenRequest() throws Exception {
        BenchmarkSuite.Results results = new BenchmarkSuite(Settings.smoke(), VerboseMode.SILENT).run();

        assertThat(results.scores()).containsKeys("zohoOAuthToken@t1", "floorConstantHeader@t1", "zohoOAuthToken@t2",
                "floorConstantHeader@t2", "noAuth", "zohoOAuthConfigurer", "camelHttpOAuth2", "handWrittenTokenBean",
                "zohoShowTimeListTalks", "rawCamelHttpJackson", "streaming.producerStreaming", "streaming.consumerPoll",
                "streaming.rawCamelHttpJackson");
        assertThat(results.scores().values()).allSatisfy(score -> assertThat(score.value()).isPositive());
        assertThat(results.score("zohoOAuthConfigurer").secondary(StubProfiler.TOKEN_REQUESTS)).isEqualTo(1.0);

        ExpiryStampede.Result stale = Report.find(results, Client.ZOHO_OAUTH, Phase.STALE);
        ExpiryStampede.Result expired = Report.find(results, Client.ZOHO_OAUTH, Phase.EXPIRED);
        assertThat(stale.maxTokenRequests()).isEqualTo(1);
        assertThat(stale.minTokenRequests()).isEqualTo(1);
        assertThat(expired.maxTokenRequests()).isEqualTo(1);
        assertThat(expired.minTokenRequests()).isEqualTo(1);
        assertThat(results.stampede()).allSatisfy(r -> assertThat(r.failures()).isZero());
        String report = Report.markdown(results, "smoke test, timings meaningless");
        System.out.println(report);
        assertThat(report).contains("### 5. Streaming");
    }
}
