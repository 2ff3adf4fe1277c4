package io.github.camelzoho.examples.consent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A real HTTP client walks the consent flow through the app and the sandbox, as a browser would. */
class OAuthConsentAppTest {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

    @TempDir
    Path dir;

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void loginConsentCallbackAndStatusPage() throws Exception {
        Path tokenFile = dir.resolve("tokens.json");
        try (OAuthConsentApp app = OAuthConsentApp.start(Map.of(), freePort(), tokenFile)) {
            HttpResponse<String> login = get(app.baseUrl() + "/zoho/login");
            assertThat(login.statusCode()).isEqualTo(302);
            String consentUrl = login.headers().firstValue("Location").orElseThrow();
            assertThat(consentUrl).startsWith(app.sandbox().accountsServer() + "/oauth/v2/auth?");

            HttpResponse<String> consentPage = get(consentUrl);
            assertThat(consentPage.statusCode()).isEqualTo(200);
            assertThat(consentPage.body()).contains("Accept");

            HttpResponse<String> accepted = browser.send(HttpRequest.newBuilder(URI.create(app.sandbox().accountsServer()
                    + "/oauth/v2/auth")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(acceptForm(consentPage.body()))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(accepted.statusCode()).isEqualTo(302);
            String callbackUrl = accepted.headers().firstValue("Location").orElseThrow();
            assertThat(callbackUrl).startsWith(app.baseUrl() + "/zoho/callback?").contains("code=", "state=", "accounts-server=");

            HttpResponse<String> callback = get(callbackUrl);
            assertThat(callback.statusCode()).as(callback.body()).isEqualTo(302);
            assertThat(callback.headers().firstValue("Location")).contains("/zoho/status");

            HttpResponse<String> status = get(app.baseUrl() + "/zoho/status");
            assertThat(status.body()).contains("<dd id=\"state\">FRESH</dd>", "<dd id=\"refresh\">true</dd>",
                    "ZohoShowtime.talkapi.READ");
            assertThat(status.body()).doesNotContainPattern("1000\\.[0-9a-f]{32}\\.[0-9a-f]{32}");

            // the same callback again: the state is spent
            HttpResponse<String> replay = get(callbackUrl);
            assertThat(replay.statusCode()).isEqualTo(400);
            assertThat(replay.body()).contains("already used").doesNotContainPattern("1000\\.[0-9a-f]{32}");

            // a callback naming a foreign accounts server is refused before anything is sent
            HttpResponse<String> login2 = get(app.baseUrl() + "/zoho/login");
            String state = login2.headers().firstValue("Location").orElseThrow().replaceAll(".*state=([^&]+).*", "$1");
            HttpResponse<String> evil = get(app.baseUrl() + "/zoho/callback?code=1000.abc.def&state=" + state
                    + "&accounts-server=" + URLEncoder.encode("https://evil.example", StandardCharsets.UTF_8));
            assertThat(evil.statusCode()).isEqualTo(400);
            assertThat(evil.body()).contains("not a Zoho accounts server");
        }
        assertThat(Files.readString(tokenFile)).contains("\"refreshToken\"");
    }

    private static String acceptForm(String html) {
        StringJoiner form = new StringJoiner("&");
        Matcher m = HIDDEN.matcher(html);
        while (m.find()) {
            form.add(m.group(1) + "=" + URLEncoder.encode(unescape(m.group(2)), StandardCharsets.UTF_8));
        }
        form.add("decision=accept");
        return form.toString();
    }

    private static String unescape(String s) {
        return s.replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'");
    }
}
