package io.github.camelzoho.reliability;

import io.github.camelzoho.oauth.ZohoInvalidCallbackException;
import io.github.camelzoho.oauth.ZohoOAuthConfigurationException;
import io.github.camelzoho.oauth.ZohoOAuthConstants;
import io.github.camelzoho.oauth.ZohoOAuthException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forged, replayed and expired consent states, hostile accounts-server values, malformed codes, consent refusals and
 * header injection through CamelZohoOAuthAccount: each is refused with a typed error and sends nothing anywhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    private static final String GROUP = "Hostile input";
    static final String CODE = "1000.c0de0000000000000000000000000c01.c0de0000000000000000000000000c02";
    static final String ACCESS = "1000.ac1e0000000000000000000000000d01.ac1e0000000000000000000000000d02";
    static final String REFRESH = "1000.4e1e0000000000000000000000000e01.4e1e0000000000000000000000000e02";

    private Wire zoho;
    private Wire evil;
    private Wire showtime;
    private MutableClock clock;
    private Harness harness;

    @BeforeAll
    void start() throws Exception {
        Ledger.secret(CODE);
        Ledger.secret(ACCESS);
        Ledger.secret(REFRESH);
        zoho = new Wire();
        evil = new Wire();
        showtime = new Wire();
        clock = MutableClock.start();
        zoho.tokenAnswer(Wire.json(200, "{\"access_token\":\"" + ACCESS + "\",\"refresh_token\":\"" + REFRESH
                + "\",\"api_domain\":\"https://www.zohoapis.com\",\"token_type\":\"Bearer\",\"expires_in\":3600}"));
        evil.tokenAnswer(Wire.json(200, "{\"access_token\":\"stolen\",\"expires_in\":3600}"));
        harness = new Harness(zoho.url(), showtime.url(), clock, c -> { });
    }

    @AfterAll
    void stop() {
        harness.close();
        zoho.close();
        evil.close();
        showtime.close();
    }

    private String newState() {
        String location = harness.template.request("zoho-oauth:authorize", e -> { }).getMessage()
                .getHeader("Location", String.class);
        return location.substring(location.indexOf("state=") + 6).split("&")[0];
    }

    private Exchanges.Result callback(String fault, Map<String, String> query) {
        return Exchanges.send(harness.template, GROUP, fault, "zoho-oauth:callback",
                e -> query.forEach((k, v) -> e.getMessage().setHeader(k, v)));
    }

    private void refused(String fault, Map<String, String> query, String errorCode) {
        int before = zoho.tokenRequests();
        Exchanges.Result r = callback(fault, query);
        assertThat(r.exception()).as(fault).isInstanceOf(ZohoInvalidCallbackException.class);
        assertThat(((ZohoOAuthException) r.exception()).getErrorCode()).as(fault).isEqualTo(errorCode);
        assertThat(zoho.tokenRequests()).as(fault + ": nothing sent").isEqualTo(before);
    }

    @Test
    void forgedReplayedAndExpiredStates_areRefused() {
        refused("forged state", Map.of("state", "Zm9yZ2VkLXN0YXRlLW5vdC1pc3N1ZWQtYnktdXM", "code", CODE), "invalid_state");
        refused("no state", Map.of("code", CODE), "invalid_state");
        String state = newState();
        Exchanges.Result ok = callback("replayed state (first use)", Map.of("state", state, "code", CODE));
        assertThat(ok.exception()).isNull();
        refused("replayed state", Map.of("state", state, "code", CODE), "invalid_state");
        String old = newState();
        clock.advance(Duration.ofMinutes(11));
        refused("expired state", Map.of("state", old, "code", CODE), "invalid_state");
        Ledger.tokenRequests(zoho.tokenRequests(), 2);
    }

    @Test
    void accountsServerAtAnAttackerHost_isRefusedAndReceivesNothing() {
        String evilLiteral = evil.url(); // http://127.0.0.1:<port>: an IP literal that would answer
        for (String host : List.of("https://evil.example", "http://accounts.zoho.com.evil.example",
                "https://accounts.zoho.com.evil.example", "https://accounts.zoho.com@evil.example",
                "https://evil.example/?x=https://accounts.zoho.com", "https://127.0.0.1", "https://[::1]",
                "http://169.254.169.254", "http://2130706433", evilLiteral, "http://accounts.zoho.com",
                "https://accounts.zoho.com:8443", "javascript:alert(1)")) {
            refused("accounts-server " + host, Map.of("state", newState(), "code", CODE, "accounts-server", host),
                    "invalid_accounts_server");
        }
        assertThat(evil.server().getAllServeEvents()).as("the attacker host got nothing").isEmpty();
    }

    @Test
    void malformedCodesAndConsentRefusal_areRefused() {
        refused("code with CRLF", Map.of("state", newState(), "code", CODE + "\r\nX-Injected: 1"), "invalid_code_parameter");
        refused("code of 10 KB", Map.of("state", newState(), "code", "1000." + "a".repeat(10_240)), "invalid_code_parameter");
        refused("code with URL syntax", Map.of("state", newState(), "code", CODE + "&client_secret=x"),
                "invalid_code_parameter");
        refused("callback error=access_denied", Map.of("state", newState(), "error", "access_denied"), "access_denied");
        refused("callback error with CRLF", Map.of("state", newState(), "error", "x\r\nX-Injected: 1"), "invalid_error_parameter");
        refused("location with CRLF", Map.of("state", newState(), "code", CODE, "location", "eu\r\nX-Injected: 1"),
                "invalid_location");
    }

    @Test
    void headerInjectionThroughTheAccountHeader_isRefusedBeforeAnyRequest() throws Exception {
        int tokenRequests = zoho.tokenRequests();
        for (String account : List.of("default\r\nX-Injected: 1", "../../etc/passwd", "a".repeat(10_240),
                "acct'; DROP TABLE zoho_grants;--", "acct\u0000", "ac count", "${sys:user.home}")) {
            for (String uri : List.of("zoho-oauth:token", "zoho-oauth:status", "zoho-oauth:revoke",
                    "zoho-showtime:listPortals")) {
                String fault = "CamelZohoOAuthAccount injection on " + uri.substring(0, uri.indexOf(':'));
                Exchanges.Result r = Exchanges.send(harness.template, GROUP, fault, uri,
                        e -> e.getMessage().setHeader(ZohoOAuthConstants.ACCOUNT, account));
                assertThat(r.exception()).as(fault + " " + account.length()).isInstanceOf(ZohoOAuthConfigurationException.class);
                assertThat(r.exception().getMessage()).doesNotContain("X-Injected").doesNotContain("etc/passwd")
                        .doesNotContain("DROP");
            }
        }
        assertThat(zoho.tokenRequests()).isEqualTo(tokenRequests);
        assertThat(showtime.server().getAllServeEvents()).isEmpty();
        // no log line starts with an injected header (a CRLF in a logged value would forge a line)
        Path log = Path.of(System.getProperty("reliability.capture.dir", "target/reliability"), "captured.log");
        if (Files.exists(log)) {
            assertThat(Files.readAllLines(log)).noneMatch(l -> l.startsWith("X-Injected"));
        }
    }
}
