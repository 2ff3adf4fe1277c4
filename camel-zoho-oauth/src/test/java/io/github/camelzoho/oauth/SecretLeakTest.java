package io.github.camelzoho.oauth;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.camelzoho.oauth.ZohoAccountsStub.ACCESS_TOKEN_1;
import static io.github.camelzoho.oauth.ZohoAccountsStub.ACCESS_TOKEN_2;
import static io.github.camelzoho.oauth.ZohoAccountsStub.CLIENT_SECRET;
import static io.github.camelzoho.oauth.ZohoAccountsStub.GRANT_CODE;
import static io.github.camelzoho.oauth.ZohoAccountsStub.REFRESH_TOKEN;
import static io.github.camelzoho.oauth.ZohoAccountsStub.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every flow, successful and failing, with the component, Camel and HttpClient logging at TRACE (except
 * HttpClient's wire and header loggers, which print raw requests and are documented as unsafe), and scans everything
 * a user could see for the secrets in play. Secrets are configured as component options, as the docs recommend:
 * Camel core itself logs raw endpoint URIs at TRACE, so a secret written into an endpoint URI would show there
 * (endpoint {@code toString()} and tooling mask it, see {@code ZohoOAuthComponentTest#endpointUris_maskEverySecret}).
 */
class SecretLeakTest {

    private static final List<String> SECRETS = List.of(CLIENT_SECRET, REFRESH_TOKEN, GRANT_CODE, ACCESS_TOKEN_1,
            ACCESS_TOKEN_2);
    private static ZohoAccountsStub zoho;

    @TempDir
    Path dir;

    @BeforeAll
    static void startZoho() {
        zoho = new ZohoAccountsStub();
    }

    @AfterAll
    static void stopZoho() {
        zoho.close();
    }

    @Test
    void noSecretInLogsExceptionsToStringUrisMetersOrFiles() throws Exception {
        Map<String, Level> levels = new LinkedHashMap<>();
        levels.put("io.github.camelzoho", Level.TRACE);
        levels.put("org.apache.camel", Level.TRACE);
        levels.put("org.apache.hc", Level.TRACE);
        levels.put("org.apache.hc.client5.http.wire", Level.INFO);
        levels.put("org.apache.hc.client5.http.headers", Level.INFO);
        List<String> seen = new ArrayList<>();
        MutableClock clock = MutableClock.atEpochDay();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        Path tokenFile = dir.resolve("tokens.json");

        try (LogCapture capture = new LogCapture(levels)) {
            CamelContext context = new DefaultCamelContext();
            context.getRegistry().bind("meters", meters);
            ZohoOAuthComponent component = new ZohoOAuthComponent();
            component.setClock(clock);
            ZohoOAuthConfiguration config = component.getConfiguration();
            config.setClientId(ZohoAccountsStub.CLIENT_ID);
            config.setClientSecret(CLIENT_SECRET);
            config.setAccountsUrl(zoho.url());
            config.setRedirectUri("https://app.example.com/cb");
            config.setScope("ZohoShowtime.talkapi.READ");
            config.setTokenStoreFile(tokenFile.toString());
            // Secrets go in component options: Camel core logs raw endpoint URIs at TRACE while creating endpoints.
            config.setAuthorizationToken(GRANT_CODE);
            context.addComponent("zoho-oauth", component);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:token").to("zoho-oauth:token");
                    from("direct:op").toD("zoho-oauth:${header.op}");
                }
            });
            context.start();
            try {
                var template = context.createProducerTemplate();
                // bootstrap with a grant code, decorate, refresh
                zoho.reset();
                zoho.server().stubFor(ZohoAccountsStub.tokenEndpoint().willReturn(json(
                        ZohoAccountsStub.codeExchangeJson(ACCESS_TOKEN_1, REFRESH_TOKEN))));
                Exchange decorated = template.request("direct:token", e -> { });
                seen.add(String.valueOf(decorated.getMessage().getHeaders().keySet()));
                seen.add(String.valueOf(template.requestBodyAndHeader("direct:op", null, "op", "status")));
                // every failure class, with secrets echoed back by the server where Zoho might do so
                for (var answer : List.of(
                        aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                                .withBody("<html>bad gateway refresh_token=" + REFRESH_TOKEN + " client_secret=" + CLIENT_SECRET + "</html>"),
                        json("{\"error\":\"invalid_code\",\"refresh_token\":\"" + REFRESH_TOKEN + "\"}"),
                        json("{\"error\":\"invalid_client\"}"),
                        json("{\"error\":\"weird " + ACCESS_TOKEN_2 + "\"}"),
                        json(ZohoAccountsStub.THROTTLE_BODY),
                        json("{\"access_token\":\"" + ACCESS_TOKEN_2 + "\""),
                        json(ZohoAccountsStub.tokenJson(ACCESS_TOKEN_2, 3600, "https://www.zohoapis.com")))) {
                    zoho.reset();
                    zoho.tokenAnswer(answer);
                    clock.advance(Duration.ofMinutes(11)); // past any back-off and budget window
                    Exchange e = template.request("direct:op", x -> x.getMessage().setHeader("op", "refresh"));
                    if (e.getException() != null) {
                        seen.add(e.getException().toString());
                        seen.add(stackTrace(e.getException()));
                    }
                }
                // hostile callbacks
                Exchange login = template.request("direct:op", x -> x.getMessage().setHeader("op", "authorize"));
                String location = login.getMessage().getHeader("Location", String.class);
                String state = location.substring(location.indexOf("state=") + 6).split("&")[0];
                Exchange hostile = template.request("direct:op", x -> {
                    x.getMessage().setHeader("op", "callback");
                    x.getMessage().setHeader("state", state);
                    x.getMessage().setHeader("code", GRANT_CODE);
                    x.getMessage().setHeader("accounts-server", "https://evil.example");
                });
                seen.add(stackTrace(hostile.getException()));
                // revoke
                zoho.server().stubFor(post(urlEqualTo("/oauth/v2/token/revoke")).willReturn(json("{\"status\":\"success\"}")));
                seen.add(String.valueOf(template.requestBodyAndHeader("direct:op", null, "op", "revoke")));
                // what tooling shows
                context.getEndpoints().forEach(ep -> seen.add(ep.toString()));
                seen.add(component.getConfiguration().toString());
                component.tokenManagers().forEach(m -> seen.add(m.toString() + m.settings() + m.status()));
                for (Meter meter : meters.getMeters()) {
                    seen.add(meter.getId().toString());
                }
            } finally {
                context.stop();
            }
            seen.add(capture.text());
        }
        seen.add(Files.readString(tokenFile)); // revoked: the file must not keep the tokens either

        String everything = String.join("\n", seen);
        assertThat(everything).contains("zoho.oauth.token.requests"); // meters were published
        assertThat(everything).contains("TRACE"); // logging really was at TRACE
        for (String secret : SECRETS) {
            assertThat(everything).as("secret leaked").doesNotContain(secret);
        }
    }

    private static String stackTrace(Throwable t) {
        if (t == null) {
            return "";
        }
        java.io.StringWriter w = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(w));
        return w.toString();
    }
}
