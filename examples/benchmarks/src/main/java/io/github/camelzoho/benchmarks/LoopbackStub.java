package io.github.camelzoho.benchmarks;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * The one WireMock server every compared alternative talks to, on 127.0.0.1: a token endpoint
 * ({@code POST /oauth/v2/token}, Zoho's answer shape, which camel-http's OAuth2 client reads as well), a tiny API
 * endpoint ({@code GET /api/ping}) and, on request, a ShowTime talks page. The request journal is off (it would grow
 * without bound during a benchmark); requests are counted by a listener instead.
 */
public final class LoopbackStub implements AutoCloseable {

    public static final String CLIENT_ID = "1000.BENCHMARKCLIENT";
    public static final String CLIENT_SECRET = "benchmark-client-secret";
    public static final String REFRESH_TOKEN = "1000.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    public static final String ACCESS_TOKEN = "1000.11111111111111111111111111111111.11111111111111111111111111111111";
    public static final String TOKEN_PATH = "/oauth/v2/token";
    /** Answers 200 only to a request that carries a token; anything else gets WireMock's 404. */
    public static final String PING_PATH = "/api/ping";
    /** Answers 200 without a token. */
    public static final String OPEN_PATH = "/api/open";

    private final WireMockServer server;
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final AtomicInteger apiRequests = new AtomicInteger();

    /**
     * @param tokenDelayMillis how long the token endpoint takes to answer
     * @param threads          Jetty threads; enough for every concurrent client of the benchmark
     */
    public LoopbackStub(int tokenDelayMillis, int threads) {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort()
                .disableRequestJournal().containerThreads(threads).jettyAcceptors(1));
        server.addMockServiceRequestListener((request, response) -> {
            if (request.getUrl().startsWith(TOKEN_PATH)) {
                tokenRequests.incrementAndGet();
            } else {
                apiRequests.incrementAndGet();
            }
        });
        server.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json;charset=UTF-8").withFixedDelay(tokenDelayMillis)
                .withBody("{\"access_token\":\"" + ACCESS_TOKEN + "\",\"api_domain\":\"https://www.zohoapis.com\","
                        + "\"token_type\":\"Bearer\",\"expires_in\":3600}")));
        server.stubFor(get(urlPathEqualTo(PING_PATH))
                .withHeader("Authorization", equalTo("Zoho-oauthtoken " + ACCESS_TOKEN).or(equalTo("Bearer " + ACCESS_TOKEN)))
                .willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json").withBody("{\"status\":\"ok\"}")));
        server.stubFor(get(urlPathEqualTo(OPEN_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"ok\"}")));
        server.start();
    }

    /** Serves {@code body} for {@code GET path} (any query). */
    public void stubGet(String path, byte[] body) {
        server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json;charset=UTF-8").withBody(body)));
    }

    public String url() {
        return "http://127.0.0.1:" + server.port();
    }

    public int tokenRequests() {
        return tokenRequests.get();
    }

    public int apiRequests() {
        return apiRequests.get();
    }

    @Override
    public void close() {
        server.stop();
    }
}
