package io.github.camelzoho.oauth;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Collection;

import static io.github.camelzoho.oauth.ZohoAccountsStub.ACCESS_TOKEN_1;
import static io.github.camelzoho.oauth.ZohoAccountsStub.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Readiness per account and the optional Micrometer meters. */
class HealthAndMetricsTest {

    private static ZohoAccountsStub zoho;
    private final MutableClock clock = MutableClock.atEpochDay();

    @BeforeAll
    static void startZoho() {
        zoho = new ZohoAccountsStub();
    }

    @AfterAll
    static void stopZoho() {
        zoho.close();
    }

    @BeforeEach
    void reset() {
        zoho.reset();
    }

    private CamelContext context(SimpleMeterRegistry meters) throws Exception {
        CamelContext context = new DefaultCamelContext();
        if (meters != null) {
            context.getRegistry().bind("anyName", meters);
        }
        ZohoOAuthComponent component = new ZohoOAuthComponent();
        component.setClock(clock);
        component.getConfiguration().setClientId(ZohoAccountsStub.CLIENT_ID);
        component.getConfiguration().setClientSecret(ZohoAccountsStub.CLIENT_SECRET);
        component.getConfiguration().setAccountsUrl(zoho.url());
        component.getConfiguration().setRefreshToken(ZohoAccountsStub.REFRESH_TOKEN);
        context.addComponent("zoho-oauth", component);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:token").to("zoho-oauth:token");
            }
        });
        context.start();
        return context;
    }

    private static HealthCheck.Result readiness(CamelContext context) {
        Collection<HealthCheck.Result> results = HealthCheckHelper.invokeReadiness(context);
        return results.stream().filter(r -> r.getCheck().getId().equals("zoho-oauth")).findFirst().orElseThrow();
    }

    @Test
    void readinessIsUpWithAValidTokenAndDownWhenReauthorizationIsNeeded() throws Exception {
        CamelContext context = context(null);
        try {
            zoho.refreshAnswers(ACCESS_TOKEN_1);
            context.createProducerTemplate().sendBody("direct:token", null);
            assertThat(readiness(context).getState()).isEqualTo(HealthCheck.State.UP);

            zoho.reset();
            zoho.tokenAnswer(json("{\"error\":\"invalid_code\"}"));
            clock.advance(Duration.ofMinutes(61));
            context.createProducerTemplate().send("direct:token", e -> { });

            HealthCheck.Result down = readiness(context);
            assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(down.getMessage()).get().asString().contains("invalid_code");
            int requests = zoho.tokenRequests();
            readiness(context);
            assertThat(zoho.tokenRequests()).as("a probe sends no token request").isEqualTo(requests);
        } finally {
            context.stop();
        }
    }

    @Test
    void throttledWithAValidTokenStaysUp() throws Exception {
        CamelContext context = context(null);
        try {
            zoho.refreshAnswers(ACCESS_TOKEN_1);
            var template = context.createProducerTemplate();
            template.sendBody("direct:token", null);
            zoho.reset();
            zoho.tokenAnswer(json(ZohoAccountsStub.THROTTLE_BODY));
            template.send("direct:token", e -> e.getMessage().setHeader(ZohoOAuthConstants.OPERATION, "refresh"));

            assertThat(readiness(context).getState()).isEqualTo(HealthCheck.State.UP);
            assertThat(readiness(context).getDetails()).containsEntry("zoho.oauth.default.throttled", true);
        } finally {
            context.stop();
        }
    }

    @Test
    void metersArePublishedOnlyToTheApplicationsRegistry() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        CamelContext context = context(meters);
        try {
            zoho.refreshAnswers(ACCESS_TOKEN_1);
            context.createProducerTemplate().sendBody("direct:token", null);

            assertThat(meters.get("zoho.oauth.token.requests").tag("grantType", "refresh_token").tag("outcome", "success")
                    .tag("account", "default").timer().count()).isEqualTo(1);
            assertThat(meters.get("zoho.oauth.token.expiry").tag("account", "default").gauge().value()).isEqualTo(3600.0);
        } finally {
            context.stop();
        }
        CamelContext without = context(null);
        try {
            zoho.refreshAnswers(ACCESS_TOKEN_1);
            without.createProducerTemplate().sendBody("direct:token", null); // works with no registry at all
            assertThat(without.getRegistry().findByType(io.micrometer.core.instrument.MeterRegistry.class)).isEmpty();
        } finally {
            without.stop();
        }
    }
}
