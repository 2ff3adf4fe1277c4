package io.github.camelzoho.oauth;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/** A WireMock Zoho accounts server on loopback with the answers Zoho really gives. */
public final class ZohoAccountsStub implements AutoCloseable {

    public static final String CLIENT_ID = "1000.TESTCLIENTID";
    public static final String CLIENT_SECRET = "s3cr3t-client-secret-value";
    public static final String REFRESH_TOKEN = "1000.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    public static final String ACCESS_TOKEN_1 = "1000.11111111111111111111111111111111.11111111111111111111111111111111";
    public static final String ACCESS_TOKEN_2 = "1000.22222222222222222222222222222222.22222222222222222222222222222222";
    public static final String ACCESS_TOKEN_3 = "1000.33333333333333333333333333333333.33333333333333333333333333333333";
    public static final String GRANT_CODE = "1000.cccccccccccccccccccccccccccccccc.dddddddddddddddddddddddddddddddd";

    public static final String THROTTLE_BODY = "{\"error_description\":\"You have made too many requests continuously. "
            + "Please try again after some time.\",\"error\":\"Access Denied\",\"status\":\"failure\"}";

    private final WireMockServer server;

    public ZohoAccountsStub() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    public WireMockServer server() {
        return server;
    }

    public String url() {
        return "http://127.0.0.1:" + server.port();
    }

    public void reset() {
        server.resetAll();
    }

    public static String tokenJson(String accessToken, int expiresIn, String apiDomain) {
        return "{\"access_token\":\"" + accessToken + "\",\"api_domain\":\"" + apiDomain
                + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + "}";
    }

    public static String codeExchangeJson(String accessToken, String refreshToken) {
        return "{\"access_token\":\"" + accessToken + "\",\"refresh_token\":\"" + refreshToken
                + "\",\"api_domain\":\"https://www.zohoapis.com\",\"token_type\":\"Bearer\",\"expires_in\":3600}";
    }

    public static MappingBuilder tokenEndpoint() {
        return post(urlPathEqualTo("/oauth/v2/token"));
    }

    /** Refresh answers: each given access token once, in order, then the last one forever. */
    public void refreshAnswers(String... accessTokens) {
        String state = Scenario.STARTED;
        for (int i = 0; i < accessTokens.length; i++) {
            String next = i == accessTokens.length - 1 ? state : "answer-" + (i + 1);
            server.stubFor(tokenEndpoint().inScenario("refresh").whenScenarioStateIs(state)
                    .withRequestBody(containing("grant_type=refresh_token"))
                    .willReturn(json(tokenJson(accessTokens[i], 3600, "https://www.zohoapis.com")))
                    .willSetStateTo(next));
            state = next;
        }
    }

    public void tokenAnswer(ResponseDefinitionBuilder response) {
        server.stubFor(tokenEndpoint().willReturn(response));
    }

    public static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json;charset=UTF-8").withBody(body);
    }

    public int tokenRequests() {
        return server.countRequestsMatching(postRequestedFor(urlPathEqualTo("/oauth/v2/token")).build()).getCount();
    }

    @Override
    public void close() {
        server.stop();
    }
}
