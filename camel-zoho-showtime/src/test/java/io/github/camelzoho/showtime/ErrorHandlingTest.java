package io.github.camelzoho.showtime;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.camelzoho.oauth.ZohoReauthorizationRequiredException;
import io.github.camelzoho.showtime.model.Session;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static io.github.camelzoho.showtime.ShowTimeStubs.ORG_ID;
import static io.github.camelzoho.showtime.ShowTimeStubs.REFRESH_TOKEN;
import static io.github.camelzoho.showtime.ShowTimeStubs.TOKEN_1;
import static io.github.camelzoho.showtime.ShowTimeStubs.TOKEN_2;
import static io.github.camelzoho.showtime.ShowTimeStubs.bearer;
import static io.github.camelzoho.showtime.ShowTimeStubs.zohoError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** 401 replay, retries with back-off and Retry-After, and clear errors for HTML, malformed JSON and error bodies. */
class ErrorHandlingTest extends ShowTimeTestSupport {

    private static final String PORTALS = "/api/v4/org/portals.json";
    private static final String SESSIONS = "/api/v4/" + ORG_ID + "/sessions.json";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:portals").to("zoho-showtime:listPortals?retryDelay=100&retryMaxDelay=5000");
                from("direct:unreachable").to("zoho-showtime:listPortals?apiUrl=http://127.0.0.1:1&retryDelay=1");
                from("direct:create").to("zoho-showtime:createSession?orgId=" + ORG_ID);
            }
        };
    }

    private ZohoShowTimeException failure(String uri, Object body) {
        CamelExecutionException e = catchThrowableOfType(CamelExecutionException.class,
                () -> template.requestBody(uri, body));
        assertThat(e).as("the exchange failed").isNotNull();
        assertThat(e.getCause()).isInstanceOf(ZohoShowTimeException.class);
        ZohoShowTimeException failure = (ZohoShowTimeException) e.getCause();
        assertThat(failure.getMessage()).doesNotContain(TOKEN_1, TOKEN_2, REFRESH_TOKEN, "client-secret-value");
        return failure;
    }

    /** The accounts server hands out TOKEN_1, then TOKEN_2. */
    private static void stubTwoTokens() {
        stubFor(post(urlPathEqualTo("/oauth/v2/token")).inScenario("tokens").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(ShowTimeStubs.tokenJson(TOKEN_1))).willSetStateTo("second"));
        stubFor(post(urlPathEqualTo("/oauth/v2/token")).inScenario("tokens").whenScenarioStateIs("second")
                .willReturn(okJson(ShowTimeStubs.tokenJson(TOKEN_2))));
    }

    @Test
    void unauthorized_refreshesTheTokenOnce_andReplaysTheRequest() {
        stubTwoTokens();
        stubFor(get(urlEqualTo(PORTALS)).withHeader("Authorization", bearer(TOKEN_1))
                .willReturn(aResponse().withStatus(401).withBody(zohoError("INVALID_TOKEN", "invalid oauth token"))));
        stubFor(get(urlEqualTo(PORTALS)).withHeader("Authorization", bearer(TOKEN_2))
                .willReturn(okJson(ShowTimeStubs.portalsJson())));

        List<?> portals = template.requestBody("direct:portals", null, List.class);

        assertThat(portals).hasSize(2);
        verify(2, postRequestedFor(urlPathEqualTo("/oauth/v2/token")));
        verify(2, getRequestedFor(urlEqualTo(PORTALS)));
    }

    @Test
    void unauthorizedTwice_failsWithTheCause_withoutAThirdAttempt() {
        stubTwoTokens();
        stubFor(get(urlEqualTo(PORTALS))
                .willReturn(aResponse().withStatus(401).withBody(zohoError("OAUTH_SCOPE_MISMATCH", "invalid oauth scope"))));

        ZohoShowTimeException failure = failure("direct:portals", null);

        assertThat(failure.getHttpStatus()).isEqualTo(401);
        assertThat(failure.getZohoCode()).isEqualTo("OAUTH_SCOPE_MISMATCH");
        assertThat(failure.getOperation()).isEqualTo(ZohoShowTimeOperation.listPortals);
        assertThat(failure.getCause()).isInstanceOf(ZohoReauthorizationRequiredException.class);
        assertThat(failure.getMessage()).contains("also after one refresh");
        verify(2, getRequestedFor(urlEqualTo(PORTALS)));
        assertThat(sleeper.delays()).isEmpty();
    }

    @Test
    void tooManyRequests_honoursRetryAfter_thenSucceeds() {
        stubFor(get(urlEqualTo(PORTALS)).inScenario("429").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withBody(zohoError("TOO_MANY_REQUESTS", "slow down")))
                .willSetStateTo("ok"));
        stubFor(get(urlEqualTo(PORTALS)).inScenario("429").whenScenarioStateIs("ok")
                .willReturn(okJson(ShowTimeStubs.portalsJson())));

        List<?> portals = template.requestBody("direct:portals", null, List.class);

        assertThat(portals).hasSize(2);
        assertThat(sleeper.delays()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void serviceUnavailable_isRetriedWithExponentialBackoff_thenSucceeds() {
        stubFor(get(urlEqualTo(PORTALS)).inScenario("503").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("again"));
        stubFor(get(urlEqualTo(PORTALS)).inScenario("503").whenScenarioStateIs("again")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
        stubFor(get(urlEqualTo(PORTALS)).inScenario("503").whenScenarioStateIs("ok")
                .willReturn(okJson(ShowTimeStubs.portalsJson())));

        List<?> portals = template.requestBody("direct:portals", null, List.class);

        assertThat(portals).hasSize(2);
        List<Duration> delays = sleeper.delays();
        assertThat(delays).hasSize(2);
        assertThat(delays.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(delays.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        verify(3, getRequestedFor(urlEqualTo(PORTALS)));
    }

    @Test
    void persistentServiceUnavailable_stopsAfterMaxRetries() {
        stubFor(get(urlEqualTo(PORTALS)).willReturn(aResponse().withStatus(503)
                .withBody(zohoError("SERVICE_UNAVAILABLE", "try later"))));

        ZohoShowTimeException failure = failure("direct:portals", null);

        assertThat(failure.getHttpStatus()).isEqualTo(503);
        assertThat(failure.getZohoCode()).isEqualTo("SERVICE_UNAVAILABLE");
        verify(4, getRequestedFor(urlEqualTo(PORTALS)));
        assertThat(sleeper.delays()).hasSize(3);
    }

    @Test
    void retryAfterLongerThanRetryMaxDelay_failsAtOnce_insteadOfWaiting() {
        stubFor(get(urlEqualTo(PORTALS)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

        ZohoShowTimeException failure = failure("direct:portals", null);

        assertThat(failure.getRetryAfter()).isEqualTo(Duration.ofHours(1));
        assertThat(sleeper.delays()).isEmpty();
        verify(1, getRequestedFor(urlEqualTo(PORTALS)));
    }

    @Test
    void htmlBadGateway_givesAClearMessage_notAParserError() {
        stubFor(get(urlEqualTo(PORTALS)).willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                .withBody("<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1>"
                        + "</center></body></html>")));

        ZohoShowTimeException failure = failure("direct:portals", null);

        assertThat(failure.getHttpStatus()).isEqualTo(502);
        assertThat(failure.getMessage()).contains("HTTP 502", "HTML", "502 Bad Gateway").doesNotContain("<html>");
        assertThat(failure.getCause()).isNull();
    }

    @Test
    void malformedJson_givesAClearMessage() {
        stubFor(get(urlEqualTo(PORTALS)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"portals\":[{\"id\":")));

        ZohoShowTimeException failure = failure("direct:portals", null);

        assertThat(failure.getMessage()).contains("not valid JSON", "listPortals");
        assertThat(failure.getCause()).isNull();
        verify(1, getRequestedFor(urlEqualTo(PORTALS)));
    }

    @Test
    void errorBodyWithStatus200_isAnError() {
        stubFor(get(urlEqualTo(PORTALS)).willReturn(okJson(zohoError("INVALID_DATA", "bad portal"))));

        ZohoShowTimeException failure = failure("direct:portals", null);

        assertThat(failure.getHttpStatus()).isEqualTo(200);
        assertThat(failure.getZohoCode()).isEqualTo("INVALID_DATA");
        assertThat(failure.getZohoMessage()).isEqualTo("bad portal");
    }

    @Test
    void errorExcerpt_masksTokens() {
        stubFor(get(urlEqualTo(PORTALS)).willReturn(aResponse().withStatus(400)
                .withBody("{\"echo\":\"Zoho-oauthtoken " + TOKEN_1 + "\",\"refresh_token\":\"" + REFRESH_TOKEN + "\"}")));

        ZohoShowTimeException failure = failure("direct:portals", null);

        assertThat(failure.getExcerpt()).contains("****").doesNotContain(TOKEN_1, REFRESH_TOKEN);
    }

    @Test
    void createSession_isNotRetriedAfter503_becauseShowTimeMayHaveCreatedIt() {
        stubFor(post(urlEqualTo(SESSIONS)).willReturn(aResponse().withStatus(503)));

        ZohoShowTimeException failure = failure("direct:create", new Session());

        assertThat(failure.getOperation()).isEqualTo(ZohoShowTimeOperation.createSession);
        verify(1, postRequestedFor(urlEqualTo(SESSIONS)));
        assertThat(sleeper.delays()).isEmpty();
    }

    @Test
    void createSession_isRetriedAfter429_becauseShowTimeRefusedIt() {
        stubFor(post(urlEqualTo(SESSIONS)).inScenario("create").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok"));
        stubFor(post(urlEqualTo(SESSIONS)).inScenario("create").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"session\":{\"id\":\"8100\"}}")));

        Session created = template.requestBody("direct:create", new Session(), Session.class);

        assertThat(created.getId()).isEqualTo("8100");
        verify(2, postRequestedFor(urlEqualTo(SESSIONS)));
    }

    @Test
    void refusedConnection_isRetried_thenFailsWithTheTransportError() {
        ZohoShowTimeException failure = failure("direct:unreachable", null);

        assertThat(failure.getHttpStatus()).isZero();
        assertThat(failure.getCause()).isInstanceOf(java.net.ConnectException.class);
        assertThat(sleeper.delays()).hasSize(3);
    }
}
