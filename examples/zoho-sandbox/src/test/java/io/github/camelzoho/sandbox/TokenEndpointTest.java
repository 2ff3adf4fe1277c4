package io.github.camelzoho.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenEndpointTest extends SandboxTest {

    private static final String TOKEN_PATTERN = "1000\\.[0-9a-f]{32}\\.[0-9a-f]{32}";

    @Test
    void codeExchangeIsShapedLikeZohos() {
        JsonNode body = http.exchange(sandbox.mintGrantCode("ZohoShowtime.talkapi.READ", "ZohoShowtime.portalapi.READ"));

        assertThat(body.path("access_token").asText()).matches(TOKEN_PATTERN);
        assertThat(body.path("refresh_token").asText()).matches(TOKEN_PATTERN);
        assertThat(body.path("api_domain").asText()).isEqualTo(sandbox.baseUrl());
        assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.path("expires_in").isIntegralNumber()).isTrue();
        assertThat(body.path("expires_in").asLong()).isEqualTo(3600);
        assertThat(body.path("scope").asText()).isEqualTo("ZohoShowtime.talkapi.READ ZohoShowtime.portalapi.READ");
        assertThat(body.has("expires_in_sec")).isFalse();
    }

    @Test
    void codeIsSingleUse() {
        String code = sandbox.mintGrantCode();
        assertThat(http.exchange(code).has("access_token")).isTrue();

        assertThat(http.exchange(code).path("error").asText()).isEqualTo("invalid_code");
    }

    @Test
    void codeExpiresAfterTwoMinutes() {
        String code = sandbox.mintGrantCode();
        sandbox.clock().advance(Duration.ofMinutes(2));

        assertThat(http.exchange(code).path("error").asText()).isEqualTo("invalid_code");
    }

    @Test
    void codeIsStillValidJustBeforeTwoMinutes() {
        String code = sandbox.mintGrantCode();
        sandbox.clock().advance(Duration.ofSeconds(119));

        assertThat(http.exchange(code).has("access_token")).isTrue();
    }

    @Test
    void errorsComeBackWithHttp200() {
        HttpResponse<String> wrongClient = http.postForm("/oauth/v2/token", java.util.Map.of("grant_type",
                "authorization_code", "client_id", "nobody", "client_secret", "x", "code", "1000.a.b"));
        HttpResponse<String> wrongSecret = http.token("grant_type", "refresh_token", "refresh_token", "1000.a.b",
                "client_secret", "wrong");
        HttpResponse<String> wrongRefresh = http.token("grant_type", "refresh_token", "refresh_token", "1000.a.b");
        HttpResponse<String> unsupported = http.token("grant_type", "password");

        assertThat(wrongClient.statusCode()).isEqualTo(200);
        assertThat(SandboxHttp.json(wrongClient).path("error").asText()).isEqualTo("invalid_client");
        assertThat(wrongSecret.statusCode()).isEqualTo(200);
        assertThat(SandboxHttp.json(wrongSecret).path("error").asText()).isEqualTo("invalid_client_secret");
        assertThat(wrongRefresh.statusCode()).isEqualTo(200);
        assertThat(SandboxHttp.json(wrongRefresh).path("error").asText()).isEqualTo("invalid_code");
        assertThat(unsupported.statusCode()).isEqualTo(200);
        assertThat(SandboxHttp.json(unsupported).path("error").asText()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void redirectUriMustMatchTheOneUsedInAuthorize() {
        String location = http.get("/oauth/v2/auth?client_id=sandbox-client-id&response_type=code"
                + "&redirect_uri=http://localhost:1/cb&scope=ZohoShowtime.talkapi.READ&sandbox_auto_accept=true")
                .headers().firstValue("Location").orElseThrow();
        String code = AuthorizationEndpointTest.query(location).get("code");

        assertThat(SandboxHttp.json(http.token("grant_type", "authorization_code", "code", code, "redirect_uri",
                "http://localhost:2/cb")).path("error").asText()).isEqualTo("invalid_redirect_uri");
        assertThat(SandboxHttp.json(http.token("grant_type", "authorization_code", "code", code, "redirect_uri",
                "http://localhost:1/cb")).has("access_token")).isTrue();
    }

    @Test
    void selfClientCodeIsExchangedWithoutRedirectUri() {
        JsonNode body = SandboxHttp.json(http.token("grant_type", "authorization_code", "code",
                sandbox.mintGrantCode()));

        assertThat(body.has("access_token")).isTrue();
        assertThat(body.has("refresh_token")).isTrue();
    }

    @Test
    void refreshGivesANewAccessTokenAndNoRefreshToken() {
        JsonNode first = http.bootstrap();
        JsonNode refreshed = http.refresh(first.path("refresh_token").asText());

        assertThat(refreshed.path("access_token").asText()).matches(TOKEN_PATTERN)
                .isNotEqualTo(first.path("access_token").asText());
        assertThat(refreshed.has("refresh_token")).isFalse();
        assertThat(refreshed.path("expires_in").asLong()).isEqualTo(3600);
        assertThat(refreshed.path("api_domain").asText()).isEqualTo(sandbox.baseUrl());
    }

    @Test
    void refreshTokensDoNotExpire() {
        String refreshToken = http.bootstrap().path("refresh_token").asText();
        sandbox.clock().advance(Duration.ofDays(400));

        assertThat(http.refresh(refreshToken).has("access_token")).isTrue();
    }

    @Test
    void parametersAreAcceptedInTheQueryStringLikeZohosExamples() throws Exception {
        String query = SandboxHttp.encode(java.util.Map.of("grant_type", "authorization_code", "client_id",
                ZohoSandbox.DEFAULT_CLIENT_ID, "client_secret", ZohoSandbox.DEFAULT_CLIENT_SECRET,
                "code", sandbox.mintGrantCode()));
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(sandbox.tokenUrl() + "?" + query))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(SandboxHttp.json(response).has("access_token")).isTrue();
    }

    @Test
    void legacyExpiresInIsMilliseconds() {
        sandbox.legacyExpiresIn(true);
        JsonNode body = http.bootstrap();

        assertThat(body.path("expires_in").asLong()).isEqualTo(3_600_000);
        assertThat(body.path("expires_in_sec").asLong()).isEqualTo(3600);
    }

    @Test
    void legacyExpiresInCanBeConfiguredOnTheBuilder() {
        sandbox.close();
        sandbox = ZohoSandbox.builder().clock(FIXED).legacyExpiresIn(true).build().start();
        http = new SandboxHttp(sandbox);

        assertThat(http.bootstrap().path("expires_in_sec").asLong()).isEqualTo(3600);
    }

    @Test
    void clientCredentialsNeedSoid() {
        JsonNode missing = SandboxHttp.json(http.token("grant_type", "client_credentials", "scope",
                "ZohoShowtime.talkapi.READ"));
        JsonNode granted = SandboxHttp.json(http.token("grant_type", "client_credentials", "scope",
                "ZohoShowtime.talkapi.READ", "soid", "ZohoShowtime.60000000001"));

        assertThat(missing.path("error").asText()).isEqualTo("missing_org_info");
        assertThat(granted.has("access_token")).isTrue();
        assertThat(granted.has("refresh_token")).isFalse();
    }

    @Test
    void additionalClientsAreRegisteredWithTheirOwnSecret() {
        sandbox.close();
        sandbox = ZohoSandbox.builder().clock(FIXED).client("other-id", "other-secret").build().start();
        http = new SandboxHttp(sandbox);
        String code = sandbox.mintGrantCodeFor("other-id");

        assertThat(http.exchange(code).path("error").asText()).isEqualTo("invalid_code");
        assertThat(SandboxHttp.json(http.token("grant_type", "authorization_code", "code", code,
                "client_id", "other-id", "client_secret", "other-secret")).has("access_token")).isTrue();
    }
}
