package io.github.camelzoho.oauth;

import io.github.camelzoho.oauth.token.ZohoTokenState;
import io.github.camelzoho.oauth.token.ZohoTokenStatus;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.camelzoho.oauth.ZohoAccountsStub.ACCESS_TOKEN_1;
import static io.github.camelzoho.oauth.ZohoAccountsStub.GRANT_CODE;
import static io.github.camelzoho.oauth.ZohoAccountsStub.REFRESH_TOKEN;
import static io.github.camelzoho.oauth.ZohoAccountsStub.json;
import static io.github.camelzoho.oauth.ZohoAccountsStub.tokenEndpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every operation through real routes, against a WireMock accounts server. */
class ZohoOAuthComponentTest extends CamelTestSupport {

    private static final String REDIRECT = "https://app.example.com/zoho/callback";
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
    void resetZoho() {
        zoho.reset();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        ZohoOAuthComponent component = new ZohoOAuthComponent();
        component.setClock(clock);
        ZohoOAuthConfiguration config = component.getConfiguration();
        config.setClientId(ZohoAccountsStub.CLIENT_ID);
        config.setClientSecret(ZohoAccountsStub.CLIENT_SECRET);
        config.setAccountsUrl(zoho.url());
        config.setRedirectUri(REDIRECT);
        config.setScope("ZohoShowtime.talkapi.READ,ZohoShowtime.portalapi.READ");
        context.addComponent("zoho-oauth", component);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:token").to("zoho-oauth:token?refreshToken=" + REFRESH_TOKEN);
                from("direct:login").to("zoho-oauth:authorize");
                from("direct:callback").to("zoho-oauth:callback");
                from("direct:status").to("zoho-oauth:status");
                from("direct:refresh").to("zoho-oauth:refresh");
                from("direct:revoke").to("zoho-oauth:revoke");
            }
        };
    }

    private void stubCodeExchange() {
        zoho.server().stubFor(tokenEndpoint().withRequestBody(containing("grant_type=authorization_code"))
                .willReturn(json(ZohoAccountsStub.codeExchangeJson(ACCESS_TOKEN_1, REFRESH_TOKEN))));
    }

    private String login(String account) {
        Exchange reply = template.request("direct:login", e -> {
            if (account != null) {
                e.getMessage().setHeader(ZohoOAuthConstants.ACCOUNT, account);
            }
        });
        return reply.getMessage().getHeader("Location", String.class);
    }

    private static Map<String, String> query(String url) {
        Map<String, String> q = new HashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            q.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return q;
    }

    private Exchange callback(Map<String, Object> headers) {
        return template.request("direct:callback", e -> e.getMessage().setHeaders(new HashMap<>(headers)));
    }

    @Test
    void token_decoratesTheExchangeAndLeavesTheBody() {
        zoho.refreshAnswers(ACCESS_TOKEN_1);

        Exchange out = template.request("direct:token", e -> e.getMessage().setBody("payload"));

        assertThat(out.getMessage().getHeader("Authorization")).isEqualTo("Zoho-oauthtoken " + ACCESS_TOKEN_1);
        assertThat(out.getMessage().getHeader(ZohoOAuthConstants.API_DOMAIN)).isEqualTo("https://www.zohoapis.com");
        assertThat(out.getMessage().getHeader(ZohoOAuthConstants.ACCOUNT)).isEqualTo("default");
        assertThat(out.getMessage().getBody()).isEqualTo("payload");
    }

    @Test
    void authorize_redirectsToTheConsentPageWithAFreshState() {
        Exchange reply = template.request("direct:login", e -> { });
        String location = reply.getMessage().getHeader("Location", String.class);

        assertThat(reply.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(302);
        assertThat(reply.getMessage().getBody(String.class)).isEqualTo(location);
        assertThat(location).startsWith(zoho.url() + "/oauth/v2/auth?");
        Map<String, String> q = query(location);
        assertThat(q).containsEntry("client_id", ZohoAccountsStub.CLIENT_ID).containsEntry("response_type", "code")
                .containsEntry("redirect_uri", REDIRECT).containsEntry("access_type", "offline")
                .containsEntry("prompt", "consent")
                .containsEntry("scope", "ZohoShowtime.talkapi.READ,ZohoShowtime.portalapi.READ");
        assertThat(q.get("state")).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(query(login(null)).get("state"));
    }

    @Test
    void callback_exchangesTheCodeAtTheNamedDataCentreAndStoresTheGrant() {
        stubCodeExchange();
        String state = query(login("alice")).get("state");

        Exchange out = callback(Map.of("code", GRANT_CODE, "state", state, "location", "us", "accounts-server", zoho.url()));

        ZohoTokenStatus status = out.getMessage().getBody(ZohoTokenStatus.class);
        assertThat(status.account()).isEqualTo("alice");
        assertThat(status.refreshTokenPresent()).isTrue();
        assertThat(status.state()).isEqualTo(ZohoTokenState.FRESH);
        zoho.server().verify(postRequestedFor(urlEqualTo("/oauth/v2/token"))
                .withRequestBody(containing("code=" + GRANT_CODE))
                .withRequestBody(containing("redirect_uri=" + java.net.URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8))));
        Exchange token = template.request("direct:token", e -> e.getMessage().setHeader(ZohoOAuthConstants.ACCOUNT, "alice"));
        assertThat(token.getMessage().getHeader("Authorization")).isEqualTo("Zoho-oauthtoken " + ACCESS_TOKEN_1);
        assertThat(zoho.tokenRequests()).isEqualTo(1);
    }

    @Test
    void callback_refusesAStateThatWasUsedForgedOrExpired() {
        stubCodeExchange();
        String state = query(login(null)).get("state");
        callback(Map.of("code", GRANT_CODE, "state", state));

        assertThat(callback(Map.of("code", GRANT_CODE, "state", state)).getException())
                .isInstanceOf(ZohoInvalidCallbackException.class).hasMessageContaining("already used");
        assertThat(callback(Map.of("code", GRANT_CODE, "state", "forged-state")).getException())
                .isInstanceOf(ZohoInvalidCallbackException.class);
        assertThat(callback(Map.of("code", GRANT_CODE)).getException()).isInstanceOf(ZohoInvalidCallbackException.class);

        String late = query(login(null)).get("state");
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(callback(Map.of("code", GRANT_CODE, "state", late)).getException())
                .isInstanceOf(ZohoInvalidCallbackException.class).hasMessageContaining("expired");

        assertThat(zoho.tokenRequests()).isEqualTo(1);
    }

    @Test
    void callback_neverSendsTheCodeToAHostThatIsNotZoho() {
        for (String hostile : new String[] { "https://evil.example", "http://accounts.zoho.com.evil.example",
                "https://accounts.zoho.com.evil.example", "http://accounts.zoho.com", "https://203.0.113.7",
                "https://[::1]", "https://user@accounts.zoho.com", "https://accounts.zoho.com/path" }) {
            String state = query(login(null)).get("state");

            Exchange out = callback(Map.of("code", GRANT_CODE, "state", state, "accounts-server", hostile));

            assertThat(out.getException()).as(hostile).isInstanceOf(ZohoInvalidCallbackException.class)
                    .hasMessageContaining("not a Zoho accounts server");
            // the state is spent: the same callback cannot be replayed with a better host
            assertThat(callback(Map.of("code", GRANT_CODE, "state", state)).getException())
                    .isInstanceOf(ZohoInvalidCallbackException.class);
        }
        assertThat(zoho.tokenRequests()).isZero();
    }

    @Test
    void callback_refusesMalformedCodesAndReportsAConsentThatWasDenied() {
        for (String code : new String[] { "abc\r\nSet-Cookie: x=1", "x".repeat(10_000), "" }) {
            String state = query(login(null)).get("state");
            assertThat(callback(Map.of("code", code, "state", state)).getException()).isInstanceOf(ZohoInvalidCallbackException.class)
                    .hasMessageContaining("code");
        }
        String state = query(login(null)).get("state");
        Exception denied = callback(Map.of("error", "access_denied", "state", state)).getException();
        assertThat(denied).isInstanceOf(ZohoInvalidCallbackException.class).hasMessageContaining("declined");
        assertThat(((ZohoOAuthException) denied).getErrorCode()).isEqualTo("access_denied");
        assertThat(zoho.tokenRequests()).isZero();
    }

    @Test
    void callback_takesTheAccountFromTheStateNotFromTheRequest() {
        stubCodeExchange();
        String state = query(login("alice")).get("state");

        Exchange out = callback(Map.of("code", GRANT_CODE, "state", state, ZohoOAuthConstants.ACCOUNT, "mallory"));

        assertThat(out.getMessage().getBody(ZohoTokenStatus.class).account()).isEqualTo("alice");
    }

    @Test
    void accountHeader_mustBeAPlainName() {
        assertThatThrownBy(() -> template.requestBodyAndHeader("direct:token", null, ZohoOAuthConstants.ACCOUNT,
                "x\r\nAuthorization: evil")).isInstanceOf(CamelExecutionException.class)
                .hasCauseInstanceOf(ZohoOAuthConfigurationException.class).hasMessageNotContaining("evil");
    }

    @Test
    void statusRefreshAndRevoke_reportTheGrantWithoutTokens() {
        zoho.refreshAnswers(ACCESS_TOKEN_1, ZohoAccountsStub.ACCESS_TOKEN_2);
        zoho.server().stubFor(post(urlEqualTo("/oauth/v2/token/revoke")).withRequestBody(equalTo("token=" + REFRESH_TOKEN))
                .willReturn(json("{\"status\":\"success\"}")));
        template.request("direct:token", e -> { });

        ZohoTokenStatus status = template.requestBody("direct:status", null, ZohoTokenStatus.class);
        assertThat(status.state()).isEqualTo(ZohoTokenState.FRESH);
        assertThat(status.toString()).doesNotContain(ACCESS_TOKEN_1, REFRESH_TOKEN);

        ZohoTokenStatus refreshed = template.requestBody("direct:refresh", null, ZohoTokenStatus.class);
        assertThat(refreshed.lastRefreshAt()).isEqualTo(clock.instant());
        assertThat(zoho.tokenRequests()).isEqualTo(2);

        ZohoTokenStatus revoked = template.requestBody("direct:revoke", null, ZohoTokenStatus.class);
        assertThat(revoked.state()).isEqualTo(ZohoTokenState.NONE);
        assertThat(revoked.refreshTokenPresent()).isFalse();
    }

    @Test
    void endpointUris_maskEverySecret() {
        String uri = context.getEndpoint("zoho-oauth:token?clientSecret=topsecret1&refreshToken=" + REFRESH_TOKEN
                + "&authorizationToken=" + GRANT_CODE + "&clientId=cid123").toString();

        assertThat(uri).doesNotContain("topsecret1", REFRESH_TOKEN, GRANT_CODE, "cid123");
    }

    @Test
    void configurationToString_masksEverySecret() {
        ZohoOAuthConfiguration c = new ZohoOAuthConfiguration();
        c.setClientId("cid123");
        c.setClientSecret("topsecret1");
        c.setRefreshToken(REFRESH_TOKEN);
        c.setAuthorizationToken(GRANT_CODE);

        assertThat(c.toString()).doesNotContain("cid123", "topsecret1", REFRESH_TOKEN, GRANT_CODE);
    }
}
