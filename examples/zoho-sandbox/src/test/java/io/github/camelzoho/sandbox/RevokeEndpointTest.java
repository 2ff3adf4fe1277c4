package io.github.camelzoho.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RevokeEndpointTest extends SandboxTest {

    @Test
    void revokeKillsAccessTokens() {
        JsonNode grant = http.bootstrap();
        String refreshToken = grant.path("refresh_token").asText();
        String second = http.refresh(refreshToken).path("access_token").asText();

        HttpResponse<String> revoked = http.postForm("/oauth/v2/token/revoke", Map.of("token", refreshToken));

        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(revoked.body()).isEqualTo("{\"status\":\"success\"}");
        for (String token : new String[] {grant.path("access_token").asText(), second}) {
            HttpResponse<String> call = http.get("/api/v4/org/portals.json", token);
            assertThat(call.statusCode()).isEqualTo(401);
            assertThat(SandboxHttp.json(call).path("code").asText()).isEqualTo("INVALID_TOKEN");
        }
    }

    @Test
    void revokedRefreshTokenGivesInvalidCode() {
        String refreshToken = http.bootstrap().path("refresh_token").asText();
        http.postForm("/oauth/v2/token/revoke?token=" + refreshToken, Map.of());

        assertThat(http.refresh(refreshToken).path("error").asText()).isEqualTo("invalid_code");
    }

    @Test
    void revokeOfAnUnknownTokenIs400() {
        HttpResponse<String> response = http.postForm("/oauth/v2/token/revoke", Map.of("token", "1000.a.b"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SandboxHttp.json(response).path("error").asText()).isEqualTo("invalid_token");
        assertThat(sandbox.counters().get("revoke.invalid_token")).isEqualTo(1);
    }

    @Test
    void revokingTwiceFailsTheSecondTime() {
        String refreshToken = http.bootstrap().path("refresh_token").asText();

        assertThat(http.postForm("/oauth/v2/token/revoke", Map.of("token", refreshToken)).statusCode())
                .isEqualTo(200);
        assertThat(http.postForm("/oauth/v2/token/revoke", Map.of("token", refreshToken)).statusCode())
                .isEqualTo(400);
    }
}
