package io.github.camelzoho.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionsEndpointTest extends SandboxTest {

    private String token;
    private String org;

    @BeforeEach
    void authorize() {
        token = http.bootstrap().path("access_token").asText();
        org = "/api/v4/" + sandbox.defaultOrgId();
    }

    @Test
    void createdSessionIsAnsweredWithStringsAndListedAsUpcoming() {
        long start = FIXED.millis() + Duration.ofDays(3).toMillis();

        HttpResponse<String> created = create(start, "{\"registrationRequired\":true}");

        assertThat(created.statusCode()).isEqualTo(200);
        JsonNode body = SandboxHttp.json(created);
        ShowTimeJson.assertAllScalarsAreStrings(body);
        JsonNode session = body.path("session");
        assertThat(session.path("name").asText()).isEqualTo("Sandbox launch");
        assertThat(session.path("scheduledTime").asText()).isEqualTo(Long.toString(start));
        assertThat(session.path("deliveryMode").asText()).isEqualTo("3");
        assertThat(session.path("attendeeLimit").asText()).isEqualTo("200");
        assertThat(session.path("sessionSettings").path("registrationRequired").asText()).isEqualTo("true");
        assertThat(body.path("sessionMembers")).hasSize(1);

        JsonNode upcoming = SandboxHttp.json(http.get(org + "/talks.json?filter=1&limit=100", token));
        assertThat(upcoming.path("meta").path("totalSessionsCount").asText()).isEqualTo("90");
        assertThat(upcoming.path("talks").findValuesAsText("session")).contains(session.path("id").asText());
    }

    @Test
    void createRequiresNativeNumbers() {
        HttpResponse<String> response = http.postJson(org + "/sessions.json", token,
                "{\"session\":{\"name\":\"x\",\"scheduledTime\":\"1542113700000\"}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SandboxHttp.json(response).path("status").asText()).isEqualTo("error");
    }

    @Test
    void createRequiresAName() {
        assertThat(http.postJson(org + "/sessions.json", token, "{\"session\":{\"scheduledTime\":1}}").statusCode())
                .isEqualTo(400);
        assertThat(http.postJson(org + "/sessions.json", token, "not json").statusCode()).isEqualTo(400);
    }

    @Test
    void deleteAnswersAnEmptyBodyAndRemovesTheSession() {
        String id = SandboxHttp.json(create(FIXED.millis() + 86_400_000L, "{}")).path("session").path("id").asText();

        HttpResponse<String> deleted = http.delete(org + "/sessions/" + id + ".json", token);

        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(deleted.body()).isEmpty();
        assertThat(SandboxHttp.json(http.get(org + "/talks.json?filter=1", token)).path("meta")
                .path("totalSessionsCount").asText()).isEqualTo("89");
    }

    @Test
    void deletingAnUnknownSessionIs404() {
        HttpResponse<String> response = http.delete(org + "/sessions/42.json", token);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(SandboxHttp.json(response).path("status").asText()).isEqualTo("error");
    }

    private HttpResponse<String> create(long start, String settings) {
        return http.postJson(org + "/sessions.json", token, """
                {"session":{"name":"Sandbox launch","scheduledTime":%d,"scheduledEndTime":%d,"deliveryMode":3,
                "sessionSettings":%s,"timezone":"Asia/Kolkata","description":"First look"}}
                """.formatted(start, start + 3_600_000L, settings));
    }
}
