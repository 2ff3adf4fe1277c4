package io.github.camelzoho.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultsTest extends SandboxTest {

    private static final String PORTALS = "/api/v4/org/portals.json";

    private String token;

    @BeforeEach
    void authorize() {
        token = http.bootstrap().path("access_token").asText();
    }

    @Test
    void nextRequestsGet429WithRetryAfterThenRecover() {
        sandbox.faults().failNext("/api/v4/", 2, Fault.tooManyRequests(Duration.ofSeconds(7)));

        for (int i = 0; i < 2; i++) {
            HttpResponse<String> limited = http.get(PORTALS, token);
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Retry-After")).contains("7");
        }
        assertThat(http.get(PORTALS, token).statusCode()).isEqualTo(200);
        assertThat(sandbox.counters().showTimeCalls("portals", 429)).isEqualTo(2);
    }

    @Test
    void everyKthRequestFailsWith503() {
        sandbox.faults().failEvery("/api/v4/org/", 3, Fault.serviceUnavailable());

        int[] statuses = new int[6];
        for (int i = 0; i < statuses.length; i++) {
            statuses[i] = http.get(PORTALS, token).statusCode();
        }

        assertThat(statuses).containsExactly(200, 200, 503, 200, 200, 503);
    }

    @Test
    void badGatewayIsAnHtmlPage() {
        sandbox.faults().failNext("/oauth/v2/token", 1, Fault.badGatewayHtml());

        HttpResponse<String> response = http.token("grant_type", "refresh_token", "refresh_token", "x");

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(response.body()).contains("<html>", "502 Bad Gateway");
    }

    @Test
    void slowReplyOutlastsAShortClientTimeout() {
        sandbox.faults().failNext(PORTALS, 1, Fault.delay(Duration.ofSeconds(3)));

        assertThatThrownBy(() -> http.get(PORTALS, token, Duration.ofMillis(200)))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(HttpTimeoutException.class);
        assertThat(sandbox.counters().get("fault.delay")).isEqualTo(1);
    }

    @Test
    void ignoringPagingAlwaysReturnsTheFirstPage() {
        String talks = "/api/v4/" + sandbox.defaultOrgId() + "/talks.json?filter=2";
        String firstPage = http.get(talks, token).body();
        sandbox.faults().ignorePaging(true);

        JsonNode later = SandboxHttp.json(http.get(talks + "&limit=50&si=100", token));

        assertThat(later.path("talks")).hasSize(10);
        assertThat(later.path("meta").path("totalSessionsCount").asText()).isEqualTo("148");
        assertThat(http.get(talks + "&si=10", token).body()).isEqualTo(firstPage);
    }

    @Test
    void faultsCanBeSetAndClearedOverHttp() {
        http.postJson("/sandbox/faults", null,
                "{\"pathPrefix\":\"/api/v4/\",\"fault\":\"too_many_requests\",\"retryAfterSeconds\":2,\"next\":5}");
        assertThat(http.get(PORTALS, token).statusCode()).isEqualTo(429);

        assertThat(http.delete("/sandbox/faults", token).statusCode()).isEqualTo(204);

        assertThat(http.get(PORTALS, token).statusCode()).isEqualTo(200);
    }

    @Test
    void sandboxAdminPathsAreNeverFaulted() {
        sandbox.faults().failEvery("/", 1, Fault.serviceUnavailable());

        assertThat(http.get("/sandbox/counters").statusCode()).isEqualTo(200);
        assertThat(http.get(PORTALS, token).statusCode()).isEqualTo(503);
    }

    @Test
    void clearRemovesRulesAndRestoresPaging() {
        sandbox.faults().failEvery("/", 1, Fault.serviceUnavailable());
        sandbox.faults().ignorePaging(true);

        sandbox.faults().clear();

        assertThat(sandbox.faults().ignoresPaging()).isFalse();
        assertThat(http.get(PORTALS, token).statusCode()).isEqualTo(200);
    }
}
