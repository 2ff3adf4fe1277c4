package io.github.camelzoho.reliability;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.camelzoho.oauth.ZohoOAuthConfigurationException;
import io.github.camelzoho.oauth.ZohoOAuthConstants;
import io.github.camelzoho.oauth.ZohoOAuthException;
import io.github.camelzoho.oauth.ZohoRateLimitedException;
import io.github.camelzoho.oauth.ZohoReauthorizationRequiredException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way the Zoho accounts server can fail a refresh. Each fault gets its own account (a fresh token manager and
 * budget), one exchange to zoho-oauth:token that must fail with the documented type in bounded time, and a second
 * exchange that must get the same answer without another token request (back-off, not a retry storm).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountsServerFaultsTest {

    private static final String GROUP = "Accounts server";
    static final String REFRESH_TOKEN = "1000.a11ce0000000000000000000000000aa.b0b0000000000000000000000000000bb";
    static final String ACCESS_TOKEN = "1000.acce55000000000000000000000000cc.dddd00000000000000000000000000dd";
    private static final String ECHOED_FORM = "grant_type=refresh_token&client_id=" + Harness.CLIENT_ID + "&client_secret="
            + Harness.CLIENT_SECRET + "&refresh_token=" + REFRESH_TOKEN;

    private final AtomicInteger accounts = new AtomicInteger();
    private Wire zoho;
    private MutableClock clock;
    private Harness harness;

    @BeforeAll
    void start() throws Exception {
        Ledger.secret(ACCESS_TOKEN);
        zoho = new Wire();
        clock = MutableClock.start();
        harness = new Harness(zoho.url(), null, clock, c -> c.setRefreshToken(REFRESH_TOKEN));
    }

    @AfterAll
    void stop() {
        harness.close();
        zoho.close();
    }

    private String nextAccount() {
        return "acct-" + accounts.incrementAndGet();
    }

    private Exchanges.Result token(String fault, String account, String uri) {
        return Exchanges.send(harness.template, GROUP, fault, uri,
                e -> e.getMessage().setHeader(ZohoOAuthConstants.ACCOUNT, account));
    }

    /** One failing answer: the typed error, once, then the same error from the back-off without a new request. */
    private void failsTyped(String fault, ResponseDefinitionBuilder answer, Class<? extends ZohoOAuthException> type) {
        zoho.reset();
        zoho.tokenAnswer(answer);
        String account = nextAccount();
        Exchanges.Result first = token(fault, account, "zoho-oauth:token");
        assertThat(first.exception()).as(fault).isInstanceOf(type);
        Exchanges.Result again = token(fault, account, "zoho-oauth:token");
        assertThat(again.exception()).as(fault + " (again)").isInstanceOf(type);
        assertThat(zoho.tokenRequests()).as(fault + ": token requests").isEqualTo(1);
        Ledger.tokenRequests(zoho.tokenRequests(), 1);
    }

    @Test
    void serverErrors_failTypedAndBackOff() {
        failsTyped("HTTP 500 (HTML)", aResponse().withStatus(500).withHeader("Content-Type", "text/html")
                .withBody("<html><body>Internal Server Error</body></html>"), ZohoOAuthException.class);
        failsTyped("HTTP 500 (JSON error)", Wire.json(500, "{\"error\":\"internal_error\"}"), ZohoOAuthException.class);
        failsTyped("HTTP 502 (HTML gateway page)", aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                .withBody("<html><h1>502 Bad Gateway</h1><pre>" + ECHOED_FORM + "</pre></html>"), ZohoOAuthException.class);
        failsTyped("HTTP 503 (empty)", aResponse().withStatus(503), ZohoOAuthException.class);
        failsTyped("HTTP 200 HTML error page", aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                .withBody("<!DOCTYPE html><html><title>Zoho Accounts</title><body>Something went wrong " + ECHOED_FORM
                        + "</body></html>"), ZohoOAuthException.class);
    }

    @Test
    void brokenBodies_failTyped() {
        failsTyped("truncated JSON", Wire.json(200, "{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_in\":36"),
                ZohoOAuthException.class);
        failsTyped("malformed JSON", Wire.json(200, "{access_token: " + ACCESS_TOKEN + ", }"), ZohoOAuthException.class);
        failsTyped("JSON array", Wire.json(200, "[\"" + ACCESS_TOKEN + "\"]"), ZohoOAuthException.class);
        failsTyped("empty 200", aResponse().withStatus(200), ZohoOAuthException.class);
        failsTyped("200 without access_token", Wire.json(200, "{\"token_type\":\"Bearer\",\"expires_in\":3600}"),
                ZohoOAuthException.class);
        failsTyped("access_token not a string", Wire.json(200, "{\"access_token\":12345,\"expires_in\":3600}"),
                ZohoOAuthException.class);
        failsTyped("body over 64 KB", Wire.json(200, "{\"access_token\":\"" + "x".repeat(70_000) + "\"}"),
                ZohoOAuthException.class);
        failsTyped("connection reset (WireMock)", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                ZohoOAuthException.class);
        failsTyped("empty response, connection closed", aResponse().withFault(Fault.EMPTY_RESPONSE),
                ZohoOAuthException.class);
        failsTyped("malformed chunk", aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK), ZohoOAuthException.class);
        failsTyped("random bytes then close", aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE),
                ZohoOAuthException.class);
    }

    @Test
    void everyZohoErrorCodeWithHttp200_hasItsType() {
        Map<String, Class<? extends ZohoOAuthException>> codes = new LinkedHashMap<>();
        codes.put("invalid_code", ZohoReauthorizationRequiredException.class);
        codes.put("invalid_client", ZohoOAuthConfigurationException.class);
        codes.put("invalid_client_secret", ZohoOAuthConfigurationException.class);
        codes.put("invalid_redirect_uri", ZohoOAuthConfigurationException.class);
        codes.put("invalid_token", ZohoOAuthException.class);
        codes.put("access_denied", ZohoRateLimitedException.class);
        codes.put("Access Denied", ZohoRateLimitedException.class);
        codes.put("missing_org_info", ZohoOAuthException.class);
        codes.put("OAUTH-SCOPE-MISMATCH", ZohoOAuthException.class);
        codes.put("something_new", ZohoOAuthException.class);
        codes.forEach((code, type) -> failsTyped("HTTP 200 error " + code,
                Wire.json(200, "{\"error\":\"" + code + "\",\"refresh_token\":\"" + REFRESH_TOKEN + "\"}"), type));
    }

    @Test
    void throttleBody_with200And400_stopsTokenRequestsUntilTheWindowPasses() {
        String body = "{\"error_description\":\"You have made too many requests continuously. Please try again after some"
                + " time.\",\"error\":\"Access Denied\",\"status\":\"failure\"}";
        for (int status : new int[] {200, 400}) {
            String fault = "throttle body with HTTP " + status;
            zoho.reset();
            zoho.tokenAnswer(Wire.json(status, body));
            String account = nextAccount();
            Instant before = clock.instant();
            Exchanges.Result first = token(fault, account, "zoho-oauth:token");
            assertThat(first.exception()).isInstanceOf(ZohoRateLimitedException.class);
            assertThat(((ZohoRateLimitedException) first.exception()).getRetryAt())
                    .isAfterOrEqualTo(before.plus(Duration.ofMinutes(10)));
            for (int i = 0; i < 5; i++) {
                clock.advance(Duration.ofMinutes(1));
                assertThat(token(fault, account, "zoho-oauth:token").exception()).isInstanceOf(ZohoRateLimitedException.class);
            }
            assertThat(zoho.tokenRequests()).as("no request during the throttle").isEqualTo(1);
            clock.advance(Duration.ofMinutes(6));
            zoho.tokenAnswer(Wire.json(200, Wire.tokenJson(ACCESS_TOKEN, "3600", "https://www.zohoapis.com")));
            assertThat(token(fault, account, "zoho-oauth:token").exception()).isNull();
            assertThat(zoho.tokenRequests()).isEqualTo(2);
            Ledger.tokenRequests(zoho.tokenRequests(), 2);
        }
    }

    @Test
    void connectionRefused_resetMidBody_andStall_failTypedWithinTheClientTimeout() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        Exchanges.Result refused = token("connection refused", nextAccount(),
                "zoho-oauth:token?accountsUrl=http://127.0.0.1:" + closedPort);
        assertThat(refused.exception()).isInstanceOf(ZohoOAuthException.class).hasMessageContaining("Cannot reach");

        try (RawServer reset = new RawServer(RawServer.Behaviour.RESET_MID_BODY)) {
            Exchanges.Result r = token("connection reset mid-body", nextAccount(), "zoho-oauth:token?accountsUrl=" + reset.url());
            assertThat(r.exception()).isInstanceOf(ZohoOAuthException.class);
            assertThat(reset.requests()).isEqualTo(1);
        }
        try (RawServer stall = new RawServer(RawServer.Behaviour.STALL)) {
            long start = System.nanoTime();
            Exchanges.Result r = token("stall (30 s and more), responseTimeout 500 ms", nextAccount(),
                    "zoho-oauth:token?accountsUrl=" + stall.url());
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertThat(r.exception()).isInstanceOf(ZohoOAuthException.class).hasMessageContaining("did not answer");
            assertThat(millis).as("the client timeout fired").isBetween(400L, 5_000L);
            Ledger.note("Accounts stall: failed after " + millis + " ms with responseTimeout 500 ms (default: connect 10 s,"
                    + " response 30 s; zoho-oauth options connectTimeout/responseTimeout)");
        }
    }

    @Test
    void expiresIn_missingZeroNegativeHugeOrText_givesAUsableBoundedLifetime() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("expires_in missing", null);
        cases.put("expires_in zero", "0");
        cases.put("expires_in negative", "-3600");
        cases.put("expires_in huge", "999999999999999");
        cases.put("expires_in legacy milliseconds", "3600000");
        cases.put("expires_in as text", "\"soon\"");
        cases.forEach((fault, value) -> {
            zoho.reset();
            zoho.tokenAnswer(Wire.json(200, Wire.tokenJson(ACCESS_TOKEN, value, "https://www.zohoapis.com")));
            String account = nextAccount();
            Instant now = clock.instant();
            Exchanges.Result r = token(fault, account, "zoho-oauth:token");
            assertThat(r.exception()).as(fault).isNull();
            Instant expiresAt = r.exchange().getMessage().getHeader(ZohoOAuthConstants.EXPIRES_AT, Instant.class);
            assertThat(expiresAt).as(fault).isAfter(now.plus(Duration.ofMinutes(30)))
                    .isBeforeOrEqualTo(now.plus(Duration.ofDays(1)));
            assertThat(token(fault, account, "zoho-oauth:token").exception()).isNull();
            assertThat(zoho.tokenRequests()).as(fault + ": the token is cached").isEqualTo(1);
            Ledger.tokenRequests(zoho.tokenRequests(), 1);
        });
    }

    @Test
    void expiresIn_belowTheExpiryMargin_isBoundedByTheBudget() {
        String fault = "expires_in 1 s (below the 30 s expiry margin)";
        zoho.reset();
        zoho.tokenAnswer(Wire.json(200, Wire.tokenJson(ACCESS_TOKEN, "1", "https://www.zohoapis.com")));
        String account = nextAccount();
        int completed = 0;
        int limited = 0;
        for (int i = 0; i < 15; i++) {
            Exchanges.Result r = token(fault, account, "zoho-oauth:token");
            if (r.exception() == null) {
                completed++;
            } else {
                assertThat(r.exception()).isInstanceOf(ZohoRateLimitedException.class);
                limited++;
            }
        }
        assertThat(zoho.tokenRequests()).as("never more than the budget").isLessThanOrEqualTo(10);
        Ledger.tokenRequests(zoho.tokenRequests(), 1);
        Ledger.note("expires_in below the 30 s expiry margin: " + zoho.tokenRequests() + " token requests for " + completed
                + " exchanges, then " + limited + " refused by the budget (each exchange refreshes; see report)");
    }

    @Test
    void apiDomainThatIsNotZoho_isNeverHandedToRoutes() {
        Map<String, Boolean> domains = new LinkedHashMap<>();
        domains.put("https://evil.example", false);
        domains.put("https://www.zohoapis.com.evil.example", false);
        domains.put("http://www.zohoapis.com", false);
        domains.put("https://169.254.169.254", false);
        domains.put("https://user@www.zohoapis.com", false);
        domains.put("javascript:alert(1)", false);
        domains.put("https://www.zohoapis.eu", true);
        domains.forEach((domain, trusted) -> {
            String fault = "api_domain " + domain;
            zoho.reset();
            zoho.tokenAnswer(Wire.json(200, Wire.tokenJson(ACCESS_TOKEN, "3600", domain)));
            Exchanges.Result r = token(fault, nextAccount(), "zoho-oauth:token");
            assertThat(r.exception()).as(fault).isNull();
            String header = r.exchange().getMessage().getHeader(ZohoOAuthConstants.API_DOMAIN, String.class);
            if (trusted) {
                assertThat(header).isEqualTo(domain);
            } else {
                assertThat(header).as(fault).isNull();
            }
            Ledger.tokenRequests(zoho.tokenRequests(), 1);
        });
    }
}
