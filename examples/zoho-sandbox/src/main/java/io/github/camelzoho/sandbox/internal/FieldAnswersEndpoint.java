package io.github.camelzoho.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /showtime/api/v4/viewer/{zaid}/fieldAnswers.json}: registers an attendee. Requires sessionId, talkId and
 * the answers "First Name", "Last Name" and "Email"; answers one fieldAnswer per answer. No scope is documented, so
 * any valid token is accepted.
 */
final class FieldAnswersEndpoint implements Endpoint {

    private static final List<String> REQUIRED_FIELDS = List.of("First Name", "Last Name", "Email");

    private final ShowTimeGuard guard;
    private final ShowTimeStore store;
    private final IdSequence ids;
    private final Clock clock;

    FieldAnswersEndpoint(ShowTimeGuard guard, ShowTimeStore store, IdSequence ids, Clock clock) {
        this.guard = guard;
        this.store = store;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Reply handle(Request request) {
        return guard.reject(request, null).orElseGet(() -> register(request));
    }

    private Reply register(Request request) {
        Portal portal = store.portalByZaid(request.pathParam(0)).orElse(null);
        if (portal == null) {
            return ZohoErrors.notFound("viewer " + request.pathParam(0) + " not found");
        }
        JsonNode form = Json.parse(request.body()).path("fieldAnswer");
        if (!form.isObject()) {
            throw new BadRequest("the body must be {\"fieldAnswer\":{...}}");
        }
        String sessionId = required(form, "sessionId");
        String talkId = required(form, "talkId");
        ScheduledTalk talk = store.find(portal.id(), sessionId).orElse(null);
        if (talk == null) {
            return ZohoErrors.notFound("session " + sessionId + " not found");
        }
        if (!talk.talk().id().equals(talkId)) {
            throw new BadRequest("fieldAnswer.talkId does not belong to the session");
        }
        Map<String, String> answers = answers(form.path("answers"));
        for (String field : REQUIRED_FIELDS) {
            if (answers.getOrDefault(field, "").isBlank()) {
                throw new BadRequest("the answer for '" + field + "' is required");
            }
        }
        if (!answers.get("Email").matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new BadRequest("the answer for 'Email' is not an email address");
        }
        store.registered(talk);
        return Reply.json(200, response(answers, portal));
    }

    private ObjectNode response(Map<String, String> answers, Portal portal) {
        String viewerId = ids.next();
        long now = clock.millis();
        ArrayNode list = Json.array();
        answers.forEach((label, answer) -> list.add(new ZohoObject()
                .put("formId", portal.id().substring(0, 4) + "000000010001")
                .put("answeredBy", viewerId)
                .put("field", label)
                .put("answer", answer)
                .put("id", ids.next())
                .put("time", now)
                .put("userType", 2)
                .put("fieldId", fieldId(label))
                .node()));
        ObjectNode body = Json.object();
        body.set("fieldAnswer", list);
        return body;
    }

    private static Map<String, String> answers(JsonNode answers) {
        if (!answers.isArray() || answers.isEmpty()) {
            throw new BadRequest("fieldAnswer.answers must be a non-empty array");
        }
        Map<String, String> byLabel = new LinkedHashMap<>();
        for (JsonNode answer : answers) {
            String label = answer.path("fieldLabel").asText("");
            if (label.isBlank()) {
                throw new BadRequest("every answer needs a fieldLabel");
            }
            byLabel.put(label, answer.path("answer").asText(""));
        }
        return byLabel;
    }

    private static String required(JsonNode form, String field) {
        String value = form.path(field).asText("").trim();
        if (value.isEmpty()) {
            throw new BadRequest("fieldAnswer." + field + " is required");
        }
        return value;
    }

    /** Stable per label, as a form's fields keep their ids. */
    private static String fieldId(String label) {
        return Long.toString(3_263_000_000_000_000L + Math.floorMod(label.toLowerCase(Locale.ROOT).hashCode(), 99_999));
    }
}
