package io.github.camelzoho.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenLimitsTest extends SandboxTest {

    private static final String THROTTLE_BODY = "{\"error_description\":\"You have made too many requests "
            + "continuously. Please try again after some time.\",\"error\":\"Access Denied\",\"status\":\"failure\"}";

    @Test
    void eleventhTokenRequestInTenMinutesIsThrottled() {
        String refreshToken = http.bootstrap().path("refresh_token").asText();
        for (int i = 0; i < 10; i++) {
            assertThat(http.refresh(refreshToken).has("access_token")).as("refresh %d", i + 1).isTrue();
        }

        HttpResponse<String> eleventh = http.token("grant_type", "refresh_token", "refresh_token", refreshToken);

        assertThat(eleventh.statusCode()).isEqualTo(200);
        assertThat(eleventh.body()).isEqualTo(THROTTLE_BODY);
        assertThat(sandbox.counters().tokenRequests("refresh_token", "throttled")).isEqualTo(1);
    }

    @Test
    void throttleWindowSlidesOnTheSandboxClock() {
        String refreshToken = http.bootstrap().path("refresh_token").asText();
        for (int i = 0; i < 5; i++) {
            http.refresh(refreshToken);
        }
        sandbox.clock().advance(Duration.ofMinutes(5));
        for (int i = 0; i < 5; i++) {
            http.refresh(refreshToken);
        }
        assertThat(http.refresh(refreshToken).path("error").asText()).isEqualTo("Access Denied");

        sandbox.clock().advance(Duration.ofMinutes(5));

        assertThat(http.refresh(refreshToken).has("access_token")).isTrue();
    }

    @Test
    void throttleIsPerRefreshToken() {
        String first = http.bootstrap().path("refresh_token").asText();
        String second = http.bootstrap().path("refresh_token").asText();
        for (int i = 0; i < 10; i++) {
            http.refresh(first);
        }

        assertThat(http.refresh(first).path("error").asText()).isEqualTo("Access Denied");
        assertThat(http.refresh(second).has("access_token")).isTrue();
    }

    @Test
    void codeExchangesAreThrottledPerClient() {
        for (int i = 0; i < 10; i++) {
            assertThat(http.bootstrap().has("access_token")).isTrue();
        }

        assertThat(http.bootstrap().path("error").asText()).isEqualTo("Access Denied");
    }

    @Test
    void throttleStatusCanBe400() {
        sandbox.close();
        sandbox = ZohoSandbox.builder().clock(FIXED).throttleHttpStatus(400).build().start();
        http = new SandboxHttp(sandbox);
        String refreshToken = http.bootstrap().path("refresh_token").asText();
        for (int i = 0; i < 10; i++) {
            http.refresh(refreshToken);
        }

        HttpResponse<String> eleventh = http.token("grant_type", "refresh_token", "refresh_token", refreshToken);

        assertThat(eleventh.statusCode()).isEqualTo(400);
        assertThat(eleventh.body()).isEqualTo(THROTTLE_BODY);
    }

    @Test
    void eleventhAccessTokenEvictsTheOldest() {
        JsonNode first = http.bootstrap();
        String refreshToken = first.path("refresh_token").asText();
        List<String> accessTokens = new ArrayList<>(List.of(first.path("access_token").asText()));
        for (int i = 0; i < 9; i++) {
            accessTokens.add(http.refresh(refreshToken).path("access_token").asText());
        }
        sandbox.clock().advance(Duration.ofMinutes(11)); // out of the throttle window, tokens still live
        String portals = "/api/v4/org/portals.json";
        accessTokens.forEach(t -> assertThat(http.get(portals, t).statusCode()).isEqualTo(200));

        String eleventh = http.refresh(refreshToken).path("access_token").asText();

        HttpResponse<String> oldest = http.get(portals, accessTokens.get(0));
        assertThat(oldest.statusCode()).isEqualTo(401);
        assertThat(SandboxHttp.json(oldest).path("code").asText()).isEqualTo("INVALID_OAUTHTOKEN");
        assertThat(http.get(portals, accessTokens.get(1)).statusCode()).isEqualTo(200);
        assertThat(http.get(portals, eleventh).statusCode()).isEqualTo(200);
    }

    @Test
    void expiredAccessTokensDoNotCountTowardsTheCap() {
        JsonNode first = http.bootstrap();
        String refreshToken = first.path("refresh_token").asText();
        for (int i = 0; i < 9; i++) {
            http.refresh(refreshToken);
        }
        sandbox.clock().advance(Duration.ofMinutes(61));
        List<String> fresh = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            fresh.add(http.refresh(refreshToken).path("access_token").asText());
        }

        fresh.forEach(t -> assertThat(http.get("/api/v4/org/portals.json", t).statusCode()).isEqualTo(200));
        // The first token expired rather than being pushed out, and says so.
        assertThat(SandboxHttp.json(http.get("/api/v4/org/portals.json", first.path("access_token").asText()))
                .path("code").asText()).isEqualTo("INVALID_TOKEN");
    }

    @Test
    void twentyFirstRefreshTokenDeletesTheOldest() {
        List<JsonNode> grants = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            if (i > 0 && i % 10 == 0) {
                sandbox.clock().advance(Duration.ofMinutes(10)); // stay under the code-exchange throttle
            }
            grants.add(http.bootstrap());
        }

        assertThat(http.refresh(grants.get(0).path("refresh_token").asText()).path("error").asText())
                .isEqualTo("invalid_code");
        assertThat(http.get("/api/v4/org/portals.json", grants.get(0).path("access_token").asText()).statusCode())
                .isEqualTo(401);
        assertThat(http.refresh(grants.get(1).path("refresh_token").asText()).has("access_token")).isTrue();
    }
}
