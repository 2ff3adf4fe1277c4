package io.github.camelzoho.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountersTest extends SandboxTest {

    @Test
    void tokenRequestsAreCountedByGrantTypeAndOutcome() {
        String refreshToken = http.bootstrap().path("refresh_token").asText();
        http.refresh(refreshToken);
        http.refresh("1000.nope.nope");
        http.token("grant_type", "password");

        assertThat(sandbox.counters().tokenRequests("authorization_code", "success")).isEqualTo(1);
        assertThat(sandbox.counters().tokenRequests("refresh_token", "success")).isEqualTo(1);
        assertThat(sandbox.counters().tokenRequests("refresh_token", "invalid_code")).isEqualTo(1);
        assertThat(sandbox.counters().tokenRequests("unsupported", "unsupported_grant_type")).isEqualTo(1);
        assertThat(sandbox.counters().total("token.")).isEqualTo(4);
    }

    @Test
    void showTimeCallsAreCountedByEndpointAndStatus() {
        String token = http.bootstrap().path("access_token").asText();
        http.get("/api/v4/org/portals.json", token);
        http.get("/api/v4/org/portals.json");
        http.get("/api/v4/" + sandbox.defaultOrgId() + "/talks.json", token);

        assertThat(sandbox.counters().showTimeCalls("portals", 200)).isEqualTo(1);
        assertThat(sandbox.counters().showTimeCalls("portals", 401)).isEqualTo(1);
        assertThat(sandbox.counters().showTimeCalls("talks", 200)).isEqualTo(1);
    }

    @Test
    void countersAreServedAsJsonAndCanBeReset() {
        http.bootstrap();

        JsonNode counters = SandboxHttp.json(http.get("/sandbox/counters")).path("counters");
        assertThat(counters.path("token.authorization_code.success").asLong()).isEqualTo(1);

        assertThat(http.delete("/sandbox/counters", "unused").statusCode()).isEqualTo(204);
        assertThat(sandbox.counters().snapshot()).isEmpty();
    }

    @Test
    void grantCodesCanBeMintedOverHttp() {
        JsonNode minted = SandboxHttp.json(http.postForm("/sandbox/grant-codes",
                Map.of("scope", "ZohoShowtime.talkapi.READ,ZohoShowtime.portalapi.READ")));

        assertThat(minted.path("expires_in").asInt()).isEqualTo(120);
        JsonNode tokens = http.exchange(minted.path("code").asText());
        assertThat(tokens.path("scope").asText()).isEqualTo("ZohoShowtime.talkapi.READ ZohoShowtime.portalapi.READ");
    }

    @Test
    void clockCanBeAdvancedOverHttp() {
        String token = http.bootstrap().path("access_token").asText();

        http.postForm("/sandbox/clock/advance?seconds=3600", Map.of());

        assertThat(sandbox.clock().offset()).hasHours(1);
        assertThat(http.get("/api/v4/org/portals.json", token).statusCode()).isEqualTo(401);
    }

    @Test
    void noTokenOrSecretAppearsInTheCounters() {
        String refreshToken = http.bootstrap().path("refresh_token").asText();
        http.refresh(refreshToken);

        assertThat(http.get("/sandbox/counters").body()).doesNotContain(refreshToken, "1000.",
                ZohoSandbox.DEFAULT_CLIENT_SECRET);
    }
}
