package io.github.camelzoho.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ShowTimeAuthTest extends SandboxTest {

    private static final String INVALID_TOKEN =
            "{\"code\":\"INVALID_TOKEN\",\"details\":{},\"message\":\"invalid oauth token\",\"status\":\"error\"}";
    private static final String PORTALS = "/api/v4/org/portals.json";

    @Test
    void missingTokenGets401() {
        HttpResponse<String> response = http.get(PORTALS);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo(INVALID_TOKEN);
    }

    @Test
    void unknownTokenGets401() {
        HttpResponse<String> response = http.get(PORTALS, "1000.00000000000000000000000000000000.x");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo(INVALID_TOKEN);
    }

    @Test
    void expiredTokenGets401AfterClockAdvance() {
        String token = http.bootstrap().path("access_token").asText();
        sandbox.clock().advance(Duration.ofMinutes(59));
        assertThat(http.get(PORTALS, token).statusCode()).isEqualTo(200);

        sandbox.clock().advance(Duration.ofMinutes(1));

        HttpResponse<String> expired = http.get(PORTALS, token);
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.body()).isEqualTo(INVALID_TOKEN);
    }

    @Test
    void bearerSchemeIsNotZohos() {
        String token = http.bootstrap().path("access_token").asText();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(sandbox.baseUrl() + PORTALS)).header("Authorization", "Bearer " + token).build();

        assertThat(send(request).statusCode()).isEqualTo(401);
    }

    @Test
    void tokenWithoutTheEndpointsScopeIsRejected() {
        String token = http.exchange(sandbox.mintGrantCode("ZohoShowtime.portalapi.READ")).path("access_token")
                .asText();

        HttpResponse<String> talks = http.get("/api/v4/" + sandbox.defaultOrgId() + "/talks.json", token);

        assertThat(talks.statusCode()).isEqualTo(401);
        assertThat(SandboxHttp.json(talks).path("code").asText()).isEqualTo("OAUTH_SCOPE_MISMATCH");
        assertThat(http.get(PORTALS, token).statusCode()).isEqualTo(200);
    }

    @Test
    void scopesAreCheckedLooselyIgnoringTheOperation() {
        String token = http.exchange(sandbox.mintGrantCode("zohoshowtime.talkapi.ALL")).path("access_token").asText();

        assertThat(http.get("/api/v4/" + sandbox.defaultOrgId() + "/talks.json", token).statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> send(java.net.http.HttpRequest request) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
