package io.github.camelzoho.reliability;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.camelzoho.oauth.ZohoOAuthConstants;
import io.github.camelzoho.oauth.ZohoRateLimitedException;
import io.github.camelzoho.showtime.ZohoShowTimeException;
import io.github.camelzoho.showtime.model.Talk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way ShowTime can fail a listing, against zoho-showtime:listTalks: each fault must end in the talks or in a
 * {@link ZohoShowTimeException}, in bounded time, with bounded token requests. Retries wait through a recording
 * sleeper, so no test waits real seconds for a back-off.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShowTimeFaultsTest {

    private static final String GROUP = "ShowTime";
    static final String ORG = "60001234567";
    static final String REFRESH_TOKEN = "1000.5e55100000000000000000000000ee01.5e55100000000000000000000000ee02";
    static final String TOKEN_A = "1000.aaaa0000000000000000000000000001.aaaa0000000000000000000000000002";
    static final String TOKEN_B = "1000.bbbb0000000000000000000000000001.bbbb0000000000000000000000000002";

    private final AtomicInteger accounts = new AtomicInteger();
    private Wire zoho;
    private Wire showtime;
    private Harness harness;

    @BeforeAll
    void start() throws Exception {
        Ledger.secret(TOKEN_A);
        Ledger.secret(TOKEN_B);
        zoho = new Wire();
        showtime = new Wire();
        harness = new Harness(zoho.url(), showtime.url(), MutableClock.start(), c -> c.setRefreshToken(REFRESH_TOKEN));
    }

    @AfterAll
    void stop() {
        harness.close();
        showtime.close();
        zoho.close();
    }

    /** The accounts server hands out TOKEN_A, then TOKEN_B for every later refresh. */
    private void tokensAThenB() {
        zoho.reset();
        zoho.server().stubFor(post(urlPathEqualTo("/oauth/v2/token")).inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(Wire.json(200, Wire.tokenJson(TOKEN_A, "3600", "https://www.zohoapis.com"))).willSetStateTo("b"));
        zoho.server().stubFor(post(urlPathEqualTo("/oauth/v2/token")).inScenario("t").whenScenarioStateIs("b")
                .willReturn(Wire.json(200, Wire.tokenJson(TOKEN_B, "3600", "https://www.zohoapis.com"))));
    }

    private Exchanges.Result listTalks(String fault, String account, String options) {
        return Exchanges.send(harness.template, GROUP, fault, "zoho-showtime:listTalks?orgId=" + ORG + options,
                e -> e.getMessage().setHeader(ZohoOAuthConstants.ACCOUNT, account));
    }

    private String nextAccount() {
        return "st-" + accounts.incrementAndGet();
    }

    static String talksPage(int first, int count, int total, int padding) {
        StringJoiner sessions = new StringJoiner(",");
        StringJoiner talks = new StringJoiner(",");
        String pad = "p".repeat(padding);
        for (int i = first; i < first + count; i++) {
            sessions.add("{\"sessionId\":\"800" + i + "\",\"orgId\":\"" + ORG + "\",\"name\":\"Session " + i
                    + "\",\"scheduledTime\":\"1767261600000\",\"description\":\"" + pad + "\"}");
            talks.add("{\"id\":\"700" + i + "\",\"session\":\"800" + i + "\",\"talkMood\":\"calm\"}");
        }
        return "{\"sessions\":[" + sessions + "],\"sessionMembers\":[],\"meta\":{\"totalSessionsCount\":\"" + total
                + "\"},\"talks\":[" + talks + "]}";
    }

    private void talksAnswer(ResponseDefinitionBuilder answer) {
        showtime.reset();
        showtime.server().stubFor(get(urlPathEqualTo("/api/v4/" + ORG + "/talks.json")).willReturn(answer));
    }

    /** The first {@code failures} answers are {@code fault}, then the page of two talks. */
    private void failThenSucceed(ResponseDefinitionBuilder fault, int failures) {
        showtime.reset();
        String state = Scenario.STARTED;
        for (int i = 0; i < failures; i++) {
            String next = "after-" + i;
            showtime.server().stubFor(get(urlPathEqualTo("/api/v4/" + ORG + "/talks.json")).inScenario("f")
                    .whenScenarioStateIs(state).willReturn(fault).willSetStateTo(next));
            state = next;
        }
        showtime.server().stubFor(get(urlPathEqualTo("/api/v4/" + ORG + "/talks.json")).inScenario("f")
                .whenScenarioStateIs(state).willReturn(Wire.json(200, talksPage(1, 2, 2, 0))));
    }

    private int talkRequests() {
        return showtime.server().countRequestsMatching(getRequestedFor(urlPathMatching("/api/v4/.*/talks.json")).build())
                .getCount();
    }

    @SuppressWarnings("unchecked")
    private static List<Talk> talks(Exchanges.Result r) {
        return r.exchange().getMessage().getBody(List.class);
    }

    @Test
    void unauthorizedOnce_refreshesOnceAndReplays() {
        tokensAThenB();
        showtime.reset();
        showtime.server().stubFor(get(urlPathEqualTo("/api/v4/" + ORG + "/talks.json"))
                .withHeader("Authorization", equalTo("Zoho-oauthtoken " + TOKEN_A))
                .willReturn(Wire.json(401, "{\"code\":\"INVALID_TOKEN\",\"details\":{},\"message\":\"invalid oauth token "
                        + "Zoho-oauthtoken " + TOKEN_A + "\",\"status\":\"error\"}")));
        showtime.server().stubFor(get(urlPathEqualTo("/api/v4/" + ORG + "/talks.json"))
                .withHeader("Authorization", equalTo("Zoho-oauthtoken " + TOKEN_B))
                .willReturn(Wire.json(200, talksPage(1, 2, 2, 0))));
        Exchanges.Result r = listTalks("401 once", nextAccount(), "");
        assertThat(r.exception()).isNull();
        assertThat(talks(r)).hasSize(2);
        assertThat(zoho.tokenRequests()).isEqualTo(2);
        Ledger.tokenRequests(zoho.tokenRequests(), 1);
    }

    @Test
    void unauthorizedAlways_failsTypedAndTheBudgetBoundsTheRefreshes() {
        tokensAThenB();
        talksAnswer(Wire.json(401, "{\"code\":\"INVALID_TOKEN\",\"details\":{},\"message\":\"invalid oauth token\","
                + "\"status\":\"error\"}"));
        String account = nextAccount();
        for (int i = 0; i < 12; i++) {
            Exchanges.Result r = listTalks("401 always", account, "");
            assertThat(r.exception()).isInstanceOf(ZohoShowTimeException.class);
            if (zoho.tokenRequests() >= 10) {
                assertThat(r.exception()).satisfiesAnyOf(
                        e -> assertThat(((ZohoShowTimeException) e).getHttpStatus()).isEqualTo(401),
                        e -> assertThat(e.getCause()).isInstanceOf(ZohoRateLimitedException.class));
            }
        }
        assertThat(zoho.tokenRequests()).as("one refresh per rejected token, within the budget").isLessThanOrEqualTo(10);
        Ledger.tokenRequests(zoho.tokenRequests(), 1);
        Ledger.note("ShowTime 401 always: 12 exchanges cost " + zoho.tokenRequests() + " token requests (one "
                + "compare-and-refresh per rejected token) before the budget refused more");
    }

    @Test
    void tooManyRequests_withAndWithoutRetryAfter_areRetriedThenSucceed() {
        tokensAThenB();
        failThenSucceed(Wire.json(429, "{\"code\":\"TOO_MANY_REQUESTS\",\"message\":\"slow down\",\"status\":\"error\"}")
                .withHeader("Retry-After", "2"), 2);
        harness.retryWaits.clear();
        Exchanges.Result r = listTalks("429 with Retry-After", nextAccount(), "");
        assertThat(r.exception()).isNull();
        assertThat(talks(r)).hasSize(2);
        assertThat(harness.retryWaits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));

        failThenSucceed(Wire.json(429, "{\"code\":\"TOO_MANY_REQUESTS\",\"message\":\"slow down\",\"status\":\"error\"}"), 2);
        harness.retryWaits.clear();
        r = listTalks("429 without Retry-After", nextAccount(), "");
        assertThat(r.exception()).isNull();
        assertThat(harness.retryWaits).hasSize(2);

        talksAnswer(Wire.json(429, "{\"code\":\"TOO_MANY_REQUESTS\",\"message\":\"slow down\",\"status\":\"error\"}"));
        r = listTalks("429 always", nextAccount(), "");
        assertThat(r.exception()).isInstanceOf(ZohoShowTimeException.class);
        assertThat(((ZohoShowTimeException) r.exception()).getHttpStatus()).isEqualTo(429);
        assertThat(talkRequests()).as("1 + maxRetries").isEqualTo(4);

        talksAnswer(Wire.json(429, "{\"code\":\"TOO_MANY_REQUESTS\",\"message\":\"slow down\",\"status\":\"error\"}")
                .withHeader("Retry-After", "3600"));
        r = listTalks("429 with Retry-After beyond retryMaxDelay", nextAccount(), "");
        assertThat(r.exception()).isInstanceOf(ZohoShowTimeException.class);
        assertThat(talkRequests()).as("not waited for").isEqualTo(1);
    }

    @Test
    void serviceUnavailableThenSuccess_andHtmlBadGateway() {
        tokensAThenB();
        failThenSucceed(Wire.json(503, "{\"code\":\"SERVICE_UNAVAILABLE\",\"message\":\"try later\",\"status\":\"error\"}"), 1);
        Exchanges.Result r = listTalks("503 then success", nextAccount(), "");
        assertThat(r.exception()).isNull();
        assertThat(talks(r)).hasSize(2);

        ResponseDefinitionBuilder html = aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                .withBody("<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1>"
                        + "Authorization: Zoho-oauthtoken " + TOKEN_A + "</body></html>");
        failThenSucceed(html, 2);
        r = listTalks("HTML 502 then success", nextAccount(), "");
        assertThat(r.exception()).isNull();

        talksAnswer(html);
        r = listTalks("HTML 502 always", nextAccount(), "");
        assertThat(r.exception()).isInstanceOf(ZohoShowTimeException.class).hasMessageContaining("HTML");
    }

    @Test
    void brokenConnections_areRetriedThenFailTyped() throws Exception {
        tokensAThenB();
        for (Fault f : new Fault[] {Fault.CONNECTION_RESET_BY_PEER, Fault.MALFORMED_RESPONSE_CHUNK, Fault.EMPTY_RESPONSE,
                Fault.RANDOM_DATA_THEN_CLOSE}) {
            talksAnswer(aResponse().withFault(f));
            Exchanges.Result r = listTalks("ShowTime " + f, nextAccount(), "");
            assertThat(r.exception()).as(f.name()).isInstanceOf(ZohoShowTimeException.class);
        }
        try (RawServer reset = new RawServer(RawServer.Behaviour.RESET_MID_BODY)) {
            Exchanges.Result r = listTalks("ShowTime connection reset mid-body", nextAccount(), "&apiUrl=" + reset.url());
            assertThat(r.exception()).isInstanceOf(ZohoShowTimeException.class);
            assertThat(reset.requests()).isEqualTo(4);
        }
        try (RawServer stall = new RawServer(RawServer.Behaviour.STALL)) {
            long start = System.nanoTime();
            Exchanges.Result r = listTalks("ShowTime stall, soTimeout 500 ms", nextAccount(), "&apiUrl=" + stall.url());
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertThat(r.exception()).isInstanceOf(ZohoShowTimeException.class);
            assertThat(millis).isLessThan(10_000);
            Ledger.note("ShowTime stall: failed after " + millis + " ms (4 attempts x 500 ms socket timeout; camel-http"
                    + " defaults are 3 min connect/socket/connection-request, set camel.component.http.*)");
        }
    }

    @Test
    void pageThatNeverEnds_isCutAtTheBoundAndFailsTyped() throws Exception {
        tokensAThenB();
        try (RawServer endless = new RawServer(RawServer.Behaviour.ENDLESS_BODY)) {
            long start = System.nanoTime();
            Exchanges.Result r = listTalks("a page that never ends", nextAccount(), "&maxRetries=0&apiUrl=" + endless.url());
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertThat(r.outcome()).isNotEqualTo(Ledger.Outcome.LOST_OR_HUNG);
            assertThat(r.exception()).isInstanceOf(ZohoShowTimeException.class);
            Ledger.note("Endless ShowTime page: failed after " + millis + " ms and " + endless.bytesSent() / (1024 * 1024)
                    + " MB read");
        }
    }

    @Test
    void pagingThatRepeatsTheSamePage_stops() {
        tokensAThenB();
        talksAnswer(Wire.json(200, talksPage(1, 10, 1000, 0)));
        Exchanges.Result r = listTalks("paging that repeats the same page", nextAccount(), "&pageSize=10");
        assertThat(r.exception()).isNull();
        assertThat(talks(r)).hasSize(10);
        assertThat(talkRequests()).isEqualTo(2);
    }

    @Test
    void tenMegabyteResponse_isRead() {
        tokensAThenB();
        String page = talksPage(1, 5000, 5000, 2000);
        assertThat(page.length()).isGreaterThan(10 * 1024 * 1024);
        talksAnswer(Wire.json(200, page));
        Exchanges.Result r = listTalks("a 10 MB response", nextAccount(), "&pageSize=100");
        assertThat(r.exception()).isNull();
        assertThat(talks(r)).hasSize(5000);
    }

    @Test
    void listTalksErrorsAreTyped_alsoForTheStreamingIterator() {
        tokensAThenB();
        failThenSucceed(Wire.json(200, "{\"sessions\":[{\"sessionId\":\"x\"}],\"talks\":\"not an array\""), 1);
        Exchanges.Result r = listTalks("truncated talks JSON", nextAccount(), "&maxRetries=0");
        assertThat(r.exception()).isInstanceOf(ZohoShowTimeException.class);
        List<String> ignored = new ArrayList<>();
        assertThat(ignored).isEmpty();
    }
}
