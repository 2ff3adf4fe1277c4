package io.github.camelzoho.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthorizationEndpointTest extends SandboxTest {

    private static final String CALLBACK = "http://localhost:8080/callback";

    @Test
    void autoAcceptRedirectsWithCodeStateLocationAndAccountsServer() {
        HttpResponse<String> response = http.get(authorize("offline", null, CALLBACK) + "&sandbox_auto_accept=true");

        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(CALLBACK + "?code=1000.");
        Map<String, String> query = query(location);
        assertThat(query.get("code")).matches("1000\\.[0-9a-f]{32}\\.[0-9a-f]{32}");
        assertThat(query).containsEntry("state", "s-42").containsEntry("location", "us")
                .containsEntry("accounts-server", sandbox.baseUrl());
    }

    @Test
    void consentPageShowsAnAcceptFormThatPostsBack() {
        HttpResponse<String> page = http.get(authorize("online", null, CALLBACK));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("<form method=\"post\" action=\"/oauth/v2/auth\">", "value=\"accept\"",
                "ZohoShowtime.talkapi.READ");

        HttpResponse<String> accepted = http.postForm("/oauth/v2/auth", form("online", CALLBACK, "accept"));
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(query(accepted.headers().firstValue("Location").orElseThrow())).containsKey("code")
                .containsEntry("state", "s-42");
    }

    @Test
    void rejectingConsentRedirectsWithAccessDenied() {
        HttpResponse<String> rejected = http.postForm("/oauth/v2/auth", form("online", CALLBACK, "reject"));

        assertThat(rejected.statusCode()).isEqualTo(302);
        assertThat(query(rejected.headers().firstValue("Location").orElseThrow()))
                .containsEntry("error", "access_denied").doesNotContainKey("code");
    }

    @Test
    void unknownClientGetsAnHtmlErrorPageWith400() {
        HttpResponse<String> response = http.get("/oauth/v2/auth?client_id=nobody&response_type=code"
                + "&redirect_uri=" + CALLBACK + "&scope=ZohoShowtime.talkapi.READ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(response.body()).contains("Invalid Client");
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void missingScopeAndWrongResponseTypeAreRejected() {
        String base = "/oauth/v2/auth?client_id=" + ZohoSandbox.DEFAULT_CLIENT_ID + "&redirect_uri=" + CALLBACK;

        assertThat(http.get(base + "&response_type=code").statusCode()).isEqualTo(400);
        assertThat(http.get(base + "&response_type=token&scope=ZohoShowtime.talkapi.READ").statusCode())
                .isEqualTo(400);
        assertThat(http.get(base + "&response_type=code&scope=a&access_type=forever").statusCode()).isEqualTo(400);
    }

    @Test
    void anyLoopbackRedirectUriIsAcceptedByDefaultButNoOtherHost() {
        assertThat(http.get(authorize("online", null, "http://127.0.0.1:9999/cb")).statusCode()).isEqualTo(200);
        assertThat(http.get(authorize("online", null, "https://example.com/cb")).statusCode()).isEqualTo(400);
    }

    @Test
    void configuredRedirectUrisMatchExactly() {
        sandbox.close();
        sandbox = ZohoSandbox.builder().clock(FIXED).defaultClientRedirectUris(CALLBACK).build().start();
        http = new SandboxHttp(sandbox);

        assertThat(http.get(authorize("online", null, CALLBACK)).statusCode()).isEqualTo(200);
        HttpResponse<String> other = http.get(authorize("online", null, "http://localhost:8080/other"));
        assertThat(other.statusCode()).isEqualTo(400);
        assertThat(other.body()).contains("Invalid Redirect Uri");
    }

    @Test
    void onlineAccessGivesNoRefreshToken() {
        assertThat(exchangeConsent("online", null).has("refresh_token")).isFalse();
    }

    @Test
    void repeatOfflineConsentGivesNoRefreshTokenWithoutPromptConsent() {
        assertThat(exchangeConsent("offline", null).has("refresh_token")).isTrue();
        assertThat(exchangeConsent("offline", null).has("refresh_token")).isFalse();
        assertThat(exchangeConsent("offline", "consent").has("refresh_token")).isTrue();
    }

    private com.fasterxml.jackson.databind.JsonNode exchangeConsent(String accessType, String prompt) {
        String location = http.get(authorize(accessType, prompt, CALLBACK) + "&sandbox_auto_accept=true")
                .headers().firstValue("Location").orElseThrow();
        return SandboxHttp.json(http.token("grant_type", "authorization_code", "code", query(location).get("code"),
                "redirect_uri", CALLBACK));
    }

    private static String authorize(String accessType, String prompt, String redirectUri) {
        return "/oauth/v2/auth?" + SandboxHttp.encode(params(accessType, prompt, redirectUri));
    }

    private static Map<String, String> form(String accessType, String redirectUri, String decision) {
        Map<String, String> form = params(accessType, null, redirectUri);
        form.put("decision", decision);
        return form;
    }

    private static Map<String, String> params(String accessType, String prompt, String redirectUri) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("client_id", ZohoSandbox.DEFAULT_CLIENT_ID);
        params.put("response_type", "code");
        params.put("redirect_uri", redirectUri);
        params.put("scope", "ZohoShowtime.talkapi.READ,ZohoShowtime.portalapi.READ");
        params.put("access_type", accessType);
        if (prompt != null) {
            params.put("prompt", prompt);
        }
        params.put("state", "s-42");
        return params;
    }

    static Map<String, String> query(String location) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : URI.create(location).getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return values;
    }
}
