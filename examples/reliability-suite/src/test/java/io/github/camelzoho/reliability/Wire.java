package io.github.camelzoho.reliability;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * A WireMock server on 127.0.0.1 playing the Zoho accounts server or ShowTime. On close it hands the URL of every
 * request it received to the suite, which checks at the end that none carries a secret.
 */
final class Wire implements AutoCloseable {

    static final List<String> ALL_URLS = Collections.synchronizedList(new ArrayList<>());

    private final WireMockServer server;

    Wire() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort()
                .containerThreads(40).jettyAcceptors(2));
        server.start();
    }

    WireMockServer server() {
        return server;
    }

    String url() {
        return "http://127.0.0.1:" + server.port();
    }

    static String tokenJson(String accessToken, String expiresIn, String apiDomain) {
        return "{\"access_token\":\"" + accessToken + "\"" + (apiDomain == null ? "" : ",\"api_domain\":\"" + apiDomain + "\"")
                + ",\"token_type\":\"Bearer\"" + (expiresIn == null ? "" : ",\"expires_in\":" + expiresIn) + "}";
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json;charset=UTF-8").withBody(body);
    }

    void tokenAnswer(ResponseDefinitionBuilder answer) {
        server.stubFor(post(urlPathEqualTo("/oauth/v2/token")).willReturn(answer));
    }

    int tokenRequests() {
        return server.countRequestsMatching(postRequestedFor(urlPathEqualTo("/oauth/v2/token")).build()).getCount();
    }

    /** Forgets stubs and requests, keeping the URLs seen so far for the final check. */
    void reset() {
        collectUrls();
        server.resetAll();
    }

    private void collectUrls() {
        for (ServeEvent e : server.getAllServeEvents()) {
            ALL_URLS.add(e.getRequest().getAbsoluteUrl());
        }
    }

    @Override
    public void close() {
        collectUrls();
        server.stop();
    }
}
