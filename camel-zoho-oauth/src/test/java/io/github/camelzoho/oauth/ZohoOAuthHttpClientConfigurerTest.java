package io.github.camelzoho.oauth;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.camelzoho.oauth.ZohoAccountsStub.ACCESS_TOKEN_1;
import static io.github.camelzoho.oauth.ZohoAccountsStub.ACCESS_TOKEN_2;
import static org.assertj.core.api.Assertions.assertThat;

/** camel-http endpoints authenticated by the configurer: token at send time, one replay after a 401. */
class ZohoOAuthHttpClientConfigurerTest extends CamelTestSupport {

    private static final String INVALID_TOKEN = "{\"code\":\"INVALID_TOKEN\",\"details\":{},\"message\":\"invalid oauth token\",\"status\":\"error\"}";
    private static ZohoAccountsStub zoho;
    private static WireMockServer api;

    @BeforeAll
    static void start() {
        zoho = new ZohoAccountsStub();
        api = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        api.start();
    }

    @AfterAll
    static void stop() {
        zoho.close();
        api.stop();
    }

    @BeforeEach
    void reset() {
        zoho.reset();
        api.resetAll();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        ZohoOAuthComponent component = new ZohoOAuthComponent();
        component.getConfiguration().setClientId(ZohoAccountsStub.CLIENT_ID);
        component.getConfiguration().setClientSecret(ZohoAccountsStub.CLIENT_SECRET);
        component.getConfiguration().setAccountsUrl(zoho.url());
        component.getConfiguration().setRefreshToken(ZohoAccountsStub.REFRESH_TOKEN);
        context.addComponent("zoho-oauth", component);
        context.getRegistry().bind("zohoAuth", new ZohoOAuthHttpClientConfigurer(context, "default"));
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").toD("http://127.0.0.1:" + api.port() + "/api/v4/org/portals.json"
                        + "?httpClientConfigurer=#zohoAuth&throwExceptionOnFailure=false");
            }
        };
    }

    @Test
    void tokenIsSetAtSendTime() {
        zoho.refreshAnswers(ACCESS_TOKEN_1);
        api.stubFor(get(urlPathEqualTo("/api/v4/org/portals.json")).willReturn(aResponse().withStatus(200).withBody("{}")));

        Exchange out = template.request("direct:call", e -> { });

        assertThat(out.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(200);
        api.verify(getRequestedFor(urlPathEqualTo("/api/v4/org/portals.json"))
                .withHeader("Authorization", equalTo("Zoho-oauthtoken " + ACCESS_TOKEN_1)));
    }

    @Test
    void unauthorizedIsRefreshedAndReplayedOnce() {
        zoho.refreshAnswers(ACCESS_TOKEN_1, ACCESS_TOKEN_2);
        api.stubFor(get(urlPathEqualTo("/api/v4/org/portals.json")).inScenario("401").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(401).withBody(INVALID_TOKEN)).willSetStateTo("ok"));
        api.stubFor(get(urlPathEqualTo("/api/v4/org/portals.json")).inScenario("401").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200).withBody("{\"portals\":[]}")));

        Exchange out = template.request("direct:call", e -> { });

        assertThat(out.getException()).as(() -> String.valueOf(out.getException())).isNull();
        assertThat(out.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(200);
        assertThat(out.getMessage().getBody(String.class)).isEqualTo("{\"portals\":[]}");
        api.verify(1, getRequestedFor(urlPathEqualTo("/api/v4/org/portals.json"))
                .withHeader("Authorization", equalTo("Zoho-oauthtoken " + ACCESS_TOKEN_2)));
        assertThat(zoho.tokenRequests()).isEqualTo(2);
    }

    @Test
    void unauthorizedWithABodyThatNeverEndsIsDroppedAndReplayed() throws Exception {
        zoho.refreshAnswers(ACCESS_TOKEN_1, ACCESS_TOKEN_2);
        try (EndlessUnauthorizedServer endless = new EndlessUnauthorizedServer()) {
            java.util.concurrent.Future<Exchange> call = java.util.concurrent.Executors.newSingleThreadExecutor().submit(() ->
                    template.request("http://127.0.0.1:" + endless.port() + "/api/v4/org/portals.json"
                            + "?httpClientConfigurer=#zohoAuth&throwExceptionOnFailure=false", e -> { }));

            Exchange out = call.get(10, java.util.concurrent.TimeUnit.SECONDS); // before the fix: hung for 30 s

            assertThat(out.getException()).as(() -> String.valueOf(out.getException())).isNull();
            assertThat(out.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(200);
            assertThat(endless.requests()).isEqualTo(2);
            assertThat(zoho.tokenRequests()).isEqualTo(2);
        }
    }

    @Test
    void configurerKeepsWorkingAfterTheComponentRestarts() throws Exception {
        zoho.refreshAnswers(ACCESS_TOKEN_1);
        api.stubFor(get(urlPathEqualTo("/api/v4/org/portals.json")).willReturn(aResponse().withStatus(200).withBody("{}")));
        template.request("direct:call", e -> { });
        ZohoOAuthComponent component = context.getComponent("zoho-oauth", ZohoOAuthComponent.class);

        component.stop(); // its token managers are closed; the configurer bean still holds one
        component.start();
        Exchange out = template.request("direct:call", e -> { });

        assertThat(out.getException()).as(() -> String.valueOf(out.getException())).isNull();
        assertThat(out.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(200);
        api.verify(2, getRequestedFor(urlPathEqualTo("/api/v4/org/portals.json"))
                .withHeader("Authorization", equalTo("Zoho-oauthtoken " + ACCESS_TOKEN_1)));
        assertThat(zoho.tokenRequests()).isEqualTo(1); // the new manager adopted the stored token
    }

    @Test
    void unauthorizedStreamedBodyIsNotReplayedButTheNextRequestCarriesANewToken() {
        zoho.refreshAnswers(ACCESS_TOKEN_1, ACCESS_TOKEN_2);
        api.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/api/v4/org/portals.json"))
                .withHeader("Authorization", equalTo("Zoho-oauthtoken " + ACCESS_TOKEN_1))
                .willReturn(aResponse().withStatus(401).withBody(INVALID_TOKEN)));
        api.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/api/v4/org/portals.json"))
                .withHeader("Authorization", equalTo("Zoho-oauthtoken " + ACCESS_TOKEN_2))
                .willReturn(aResponse().withStatus(200).withBody("{}")));
        String uri = "http://127.0.0.1:" + api.port() + "/api/v4/org/portals.json"
                + "?httpClientConfigurer=#zohoAuth&throwExceptionOnFailure=false&httpMethod=POST";

        Exchange first = template.request(uri, e -> e.getMessage().setBody(
                new java.io.ByteArrayInputStream("{\"a\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        Exchange second = template.request(uri, e -> e.getMessage().setBody(
                new java.io.ByteArrayInputStream("{\"a\":2}".getBytes(java.nio.charset.StandardCharsets.UTF_8))));

        assertThat(first.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(401); // a stream is sent once
        assertThat(second.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(200);
        assertThat(zoho.tokenRequests()).isEqualTo(2);
    }

    @Test
    void secondUnauthorizedIsReturnedWithoutALoop() {
        zoho.refreshAnswers(ACCESS_TOKEN_1, ACCESS_TOKEN_2);
        api.stubFor(get(urlPathEqualTo("/api/v4/org/portals.json")).willReturn(aResponse().withStatus(401).withBody(INVALID_TOKEN)));

        Exchange out = template.request("direct:call", e -> { });

        assertThat(out.getException()).as(() -> String.valueOf(out.getException())).isNull();
        assertThat(out.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(401);
        api.verify(2, getRequestedFor(urlPathEqualTo("/api/v4/org/portals.json")));
        assertThat(zoho.tokenRequests()).isEqualTo(2);
    }
}
