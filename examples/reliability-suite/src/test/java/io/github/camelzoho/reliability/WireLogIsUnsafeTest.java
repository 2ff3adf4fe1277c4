package io.github.camelzoho.reliability;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * HttpClient's {@code org.apache.hc.client5.http.wire} and {@code .headers} loggers print raw request bodies and
 * headers: the client secret, the refresh token and the access token, unmasked. Nothing in the component can mask
 * them, so they are documented as unsafe. This test turns them on into a private appender (never into the suite's
 * capture, which stays clean) and shows what they print.
 */
class WireLogIsUnsafeTest {

    private static final String GROUP = "Secrets";
    static final String REFRESH = "1000.91e0000000000000000000000000f001.91e0000000000000000000000000f002";
    static final String ACCESS = "1000.91ea000000000000000000000000f001.91ea000000000000000000000000f002";

    @Test
    void wireAndHeadersLoggers_printSecretsAndStayOff() throws Exception {
        Ledger.secret(REFRESH);
        Ledger.secret(ACCESS);
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        StringWriter out = new StringWriter();
        WriterAppender appender = WriterAppender.createAppender(PatternLayout.newBuilder().withPattern("%c - %msg%n")
                .withConfiguration(ctx.getConfiguration()).build(), null, out, "wire-demo", false, true);
        appender.start();
        List<String> names = List.of("org.apache.hc.client5.http.wire", "org.apache.hc.client5.http.headers");
        for (String name : names) {
            LoggerConfig lc = ctx.getConfiguration().getLoggerConfig(name);
            assertThat(lc.getName()).isEqualTo(name);
            assertThat(lc.isAdditive()).as("never reaches the suite's capture").isFalse();
            lc.addAppender(appender, Level.ALL, null);
            lc.setLevel(Level.DEBUG);
        }
        ctx.updateLoggers();
        try (Wire zoho = new Wire(); Wire showtime = new Wire()) {
            zoho.tokenAnswer(Wire.json(200, Wire.tokenJson(ACCESS, "3600", "https://www.zohoapis.com")));
            showtime.server().stubFor(get(urlPathEqualTo("/api/v4/org/portals.json")).willReturn(Wire.json(200,
                    "{\"portals\":[{\"id\":\"1\",\"isDefault\":\"true\"}]}")));
            try (Harness h = new Harness(zoho.url(), showtime.url(), MutableClock.start(), c -> c.setRefreshToken(REFRESH))) {
                Exchanges.Result r = Exchanges.send(h.template, GROUP, "HttpClient wire/headers logging enabled",
                        "zoho-showtime:listPortals", e -> { });
                assertThat(r.exception()).isNull();
            }
        } finally {
            for (String name : names) {
                LoggerConfig lc = ctx.getConfiguration().getLoggerConfig(name);
                lc.removeAppender("wire-demo");
                lc.setLevel(Level.OFF);
            }
            ctx.updateLoggers();
            appender.stop();
        }
        String wire = out.toString();
        assertThat(wire).as("the wire log prints the client secret").contains(Harness.CLIENT_SECRET);
        assertThat(wire).as("the wire log prints the refresh token").contains(REFRESH);
        assertThat(wire).as("the headers log prints the access token").contains("Zoho-oauthtoken " + ACCESS);
        Ledger.note("HttpClient wire/headers loggers (org.apache.hc.client5.http.wire, .headers) printed the client secret,"
                + " the refresh token and the access token in clear: unsafe, cannot be masked, keep them OFF");
    }
}
