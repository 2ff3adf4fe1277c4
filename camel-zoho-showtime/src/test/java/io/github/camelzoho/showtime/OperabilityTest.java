package io.github.camelzoho.showtime;

import io.github.camelzoho.oauth.ZohoOAuthComponent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.spi.Registry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static io.github.camelzoho.showtime.ShowTimeStubs.TOKEN_1;
import static io.github.camelzoho.showtime.ShowTimeStubs.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/** Metrics, the readiness check, and a route decorated upstream by zoho-oauth:token. */
class OperabilityTest extends ShowTimeTestSupport {

    private static final String PORTALS = "/api/v4/org/portals.json";
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("metricsRegistry", MeterRegistry.class, meters);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:portals").to("zoho-showtime:listPortals?retryDelay=1");
                from("direct:decorated").to("zoho-oauth:token?account=reporting").to("zoho-showtime:listPortals");
            }
        };
    }

    private HealthCheck.Result readiness() {
        return HealthCheckHelper.invokeReadiness(context).stream()
                .filter(r -> r.getCheck().getId().equals("zoho-showtime")).findFirst().orElseThrow();
    }

    @Test
    void metrics_timeEachOperationByOutcome_andCountRetries() {
        stubFor(get(urlEqualTo(PORTALS)).inScenario("flaky").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
        stubFor(get(urlEqualTo(PORTALS)).inScenario("flaky").whenScenarioStateIs("ok")
                .willReturn(okJson(ShowTimeStubs.portalsJson())));

        template.requestBody("direct:portals", (Object) null);

        assertThat(meters.get("zoho.showtime.requests").tag("operation", "listPortals").tag("outcome", "success")
                .tag("account", "default").timer().count()).isEqualTo(1);
        assertThat(meters.get("zoho.showtime.retries").tag("operation", "listPortals").tag("reason", "503")
                .counter().count()).isEqualTo(1.0);
    }

    @Test
    void readiness_isUp_whenTheTokenIsObtainable_andShowTimeAnswers() {
        ShowTimeStubs.stubPortals();

        HealthCheck.Result result = readiness();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails()).containsEntry("zoho.showtime.default.reachable", true);
        verify(1, getRequestedFor(urlEqualTo(PORTALS)));
    }

    @Test
    void readiness_isDown_afterShowTimeFailed_withoutAnotherProbe() {
        stubFor(get(urlEqualTo(PORTALS)).willReturn(aResponse().withStatus(503)));
        try {
            template.requestBody("direct:portals", (Object) null);
        } catch (RuntimeException expected) {
            // all retries failed
        }
        int calls = wireMock.findAll(getRequestedFor(urlEqualTo(PORTALS))).size();

        HealthCheck.Result result = readiness();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("HTTP 503"));
        verify(calls, getRequestedFor(urlEqualTo(PORTALS)));
    }

    @Test
    void readiness_isDown_whenNoTokenCanBeHad() {
        stubFor(post(urlPathEqualTo("/oauth/v2/token")).willReturn(okJson("{\"error\":\"invalid_code\"}")));

        HealthCheck.Result result = readiness();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("no ShowTime token"));
    }

    @Test
    void routeDecoratedByZohoOAuthToken_usesTheSameAccount_andOneAuthorizationHeader() {
        ShowTimeStubs.stubPortals();

        List<?> portals = template.requestBody("direct:decorated", null, List.class);

        assertThat(portals).hasSize(2);
        ZohoOAuthComponent oauth = context.getComponent("zoho-oauth", ZohoOAuthComponent.class);
        assertThat(oauth.tokenManagers()).extracting(m -> m.account()).contains("reporting");
        assertThat(meters.get("zoho.showtime.requests").tag("account", "reporting").timer().count()).isEqualTo(1);
        verify(getRequestedFor(urlEqualTo(PORTALS)).withHeader("Authorization", bearer(TOKEN_1)));
        assertThat(wireMock.findAll(getRequestedFor(urlEqualTo(PORTALS))).get(0).getHeaders()
                .getHeader("Authorization").values()).hasSize(1);
        verify(getRequestedFor(urlEqualTo(PORTALS)).withHeader("Accept", equalTo("application/json")));
    }
}
