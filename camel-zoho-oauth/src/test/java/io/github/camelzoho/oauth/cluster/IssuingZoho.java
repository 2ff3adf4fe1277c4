package io.github.camelzoho.oauth.cluster;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.camelzoho.oauth.ZohoAccountsStub;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

/**
 * A Zoho accounts server for the cluster tests: every token request gets a new access token valid for one hour of
 * the simulated clock, and is recorded with its simulated time, so the test knows which tokens are valid when.
 */
final class IssuingZoho implements AutoCloseable {

    static final Duration LIFETIME = Duration.ofHours(1);

    private final Clock clock;
    private final WireMockServer server;
    private final AtomicInteger serial = new AtomicInteger();
    private final Map<String, Instant> issuedAt = new ConcurrentHashMap<>();
    private final List<Instant> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger codeExchanges = new AtomicInteger();

    IssuingZoho(Clock clock) {
        this.clock = clock;
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort()
                .extensions(new Issuer()));
        server.start();
        server.stubFor(ZohoAccountsStub.tokenEndpoint().willReturn(aResponse().withStatus(500)));
    }

    private final class Issuer implements ResponseDefinitionTransformerV2 {
        @Override
        public ResponseDefinition transform(ServeEvent event) {
            Instant now = clock.instant();
            requests.add(now);
            boolean code = event.getRequest().getBodyAsString().contains("grant_type=authorization_code");
            String token = "1000.sim" + serial.incrementAndGet() + ".0123456789abcdef0123456789abcdef";
            issuedAt.put(token, now);
            String body;
            if (code) {
                codeExchanges.incrementAndGet();
                body = ZohoAccountsStub.codeExchangeJson(token, ZohoAccountsStub.REFRESH_TOKEN);
            } else {
                body = ZohoAccountsStub.tokenJson(token, (int) LIFETIME.toSeconds(), "https://www.zohoapis.com");
            }
            return new ResponseDefinitionBuilder().withStatus(200)
                    .withHeader("Content-Type", "application/json;charset=UTF-8").withBody(body).build();
        }

        @Override
        public String getName() {
            return "issuing-zoho";
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Whether Zoho would accept {@code token} now. */
    boolean isValid(String token) {
        Instant at = issuedAt.get(token);
        return at != null && clock.instant().isBefore(at.plus(LIFETIME));
    }

    int tokenRequests() {
        return requests.size();
    }

    int codeExchanges() {
        return codeExchanges.get();
    }

    /** When the last token was issued (simulated time), or {@code null}. */
    Instant lastIssuedAt() {
        return requests.isEmpty() ? null : requests.get(requests.size() - 1);
    }

    /** The most token requests in any window of {@code window}. */
    int maxRequestsIn(Duration window) {
        List<Instant> sorted = new ArrayList<>(requests);
        sorted.sort(null);
        int max = 0;
        for (int i = 0, j = 0; i < sorted.size(); i++) {
            while (!sorted.get(j).isAfter(sorted.get(i).minus(window))) {
                j++;
            }
            max = Math.max(max, i - j + 1);
        }
        return max;
    }

    @Override
    public void close() {
        server.stop();
    }
}
