package io.github.camelzoho.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FieldAnswersEndpointTest extends SandboxTest {

    private String token;
    private JsonNode session;

    @BeforeEach
    void createSession() {
        token = http.bootstrap().path("access_token").asText();
        long start = FIXED.millis() + 86_400_000L;
        session = SandboxHttp.json(http.postJson("/api/v4/" + sandbox.defaultOrgId() + "/sessions.json", token,
                "{\"session\":{\"name\":\"Webinar\",\"scheduledTime\":" + start + ",\"timezone\":\"UTC\"}}"))
                .path("session");
    }

    @Test
    void registrationAnswersOneFieldAnswerPerAnswer() {
        HttpResponse<String> response = register(answers("Ada", "Lovelace", "ada@example.com"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode list = SandboxHttp.json(response).path("fieldAnswer");
        assertThat(list).hasSize(3);
        ShowTimeJson.assertAllScalarsAreStrings(list);
        assertThat(list.findValuesAsText("answer")).containsExactly("Ada", "Lovelace", "ada@example.com");
        for (String field : new String[] {"formId", "answeredBy", "field", "answer", "id", "time", "userType",
                "fieldId"}) {
            assertThat(list.get(0).has(field)).as(field).isTrue();
        }
    }

    @Test
    void missingEmailIs400() {
        HttpResponse<String> response = register(answers("Ada", "Lovelace", ""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(SandboxHttp.json(response).path("status").asText()).isEqualTo("error");
    }

    @Test
    void talkIdMustBelongToTheSession() {
        String body = """
                {"fieldAnswer":{"sessionId":"%s","talkId":"1","timezone":"UTC","answers":%s}}
                """.formatted(session.path("id").asText(), answers("Ada", "Lovelace", "ada@example.com"));

        assertThat(http.postJson(path(session.path("zaid").asText()), token, body).statusCode()).isEqualTo(400);
    }

    @Test
    void unknownZaidIs404() {
        assertThat(http.postJson(path("1"), token, "{}").statusCode()).isEqualTo(404);
    }

    @Test
    void registrationNeedsAToken() {
        assertThat(http.postJson(path(session.path("zaid").asText()), null, "{}").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> register(String answers) {
        String body = """
                {"fieldAnswer":{"sessionId":"%s","talkId":"%s","timezone":"%s","answers":%s}}
                """.formatted(session.path("id").asText(), session.path("talkId").asText(),
                session.path("timezone").asText(), answers);
        return http.postJson(path(session.path("zaid").asText()), token, body);
    }

    private static String path(String zaid) {
        return "/showtime/api/v4/viewer/" + zaid + "/fieldAnswers.json";
    }

    private static String answers(String first, String last, String email) {
        return """
                [{"fieldLabel":"First Name","answer":"%s"},{"fieldLabel":"Last Name","answer":"%s"},
                 {"fieldLabel":"Email","answer":"%s"}]""".formatted(first, last, email);
    }
}
