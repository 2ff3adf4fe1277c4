package io.github.camelzoho.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code POST /api/v4/{orgId}/sessions.json} with {@code {"session":{...}}}. The request must use native JSON numbers
 * and booleans (as documented); the response, like every ShowTime response, uses strings. The session's talk id is
 * returned as {@code session.talkId}, needed by the registration call.
 */
final class CreateSessionEndpoint implements Endpoint {

    private final ShowTimeGuard guard;
    private final ShowTimeStore store;
    private final IdSequence ids;
    private final Clock clock;
    private final SandboxUser user;

    CreateSessionEndpoint(ShowTimeGuard guard, ShowTimeStore store, IdSequence ids, Clock clock, SandboxUser user) {
        this.guard = guard;
        this.store = store;
        this.ids = ids;
        this.clock = clock;
        this.user = user;
    }

    @Override
    public Reply handle(Request request) {
        return guard.reject(request, "ZohoShowtime.sessionapi.CREATE").orElseGet(() -> create(request));
    }

    private Reply create(Request request) {
        Portal portal = store.portal(request.pathParam(0)).orElse(null);
        if (portal == null) {
            return ZohoErrors.notFound("portal " + request.pathParam(0) + " not found");
        }
        JsonNode spec = Json.parse(request.body()).path("session");
        if (!spec.isObject()) {
            throw new BadRequest("the body must be {\"session\":{...}}");
        }
        String name = spec.path("name").asText("").trim();
        if (name.isEmpty()) {
            throw new BadRequest("session.name is required");
        }
        long start = requiredNumber(spec, "scheduledTime");
        long end = spec.has("scheduledEndTime") ? requiredNumber(spec, "scheduledEndTime")
                : start + Duration.ofHours(1).toMillis();
        if (end <= start) {
            throw new BadRequest("session.scheduledEndTime must be after scheduledTime");
        }
        int deliveryMode = spec.has("deliveryMode") ? (int) requiredNumber(spec, "deliveryMode") : 3;
        if (deliveryMode != 1 && deliveryMode != 3) {
            throw new BadRequest("session.deliveryMode must be 1 (face-to-face) or 3 (remote)");
        }
        JsonNode registration = spec.path("sessionSettings").path("registrationRequired");
        if (!registration.isMissingNode() && !registration.isBoolean()) {
            throw new BadRequest("session.sessionSettings.registrationRequired must be a boolean");
        }
        String timezone = spec.path("timezone").asText("UTC");
        try {
            ZoneId.of(timezone);
        } catch (DateTimeException e) {
            throw new BadRequest("session.timezone is not a valid time zone");
        }
        long now = clock.millis();
        String sessionId = ids.next();
        Session session = new Session(sessionId, portal.id(), portal.zaid(), name,
                spec.path("description").asText(""), timezone, start, end, deliveryMode, 1, user.userId(),
                Long.toString(Long.parseLong(sessionId), 36), now, now, 0, 0, 0, 200, registration.asBoolean(false));
        Talk talk = new Talk(ids.next(), sessionId, 0, now, now);
        SessionMember organiser = new SessionMember(ids.next(), sessionId, portal.id(), user.userId(), user.name(),
                user.emailId(), 1, now);
        store.add(new ScheduledTalk(session, talk, List.of(organiser)));

        ObjectNode sessionJson = session.toJson();
        sessionJson.put("talkId", talk.id());
        ArrayNode members = Json.array();
        members.add(organiser.toJson());
        ObjectNode body = Json.object();
        body.set("session", sessionJson);
        body.set("sessionMembers", members);
        return Reply.json(200, body);
    }

    private static long requiredNumber(JsonNode spec, String field) {
        JsonNode value = spec.path(field);
        if (!value.isIntegralNumber()) {
            throw new BadRequest("session." + field + " is required and must be a JSON number");
        }
        return value.asLong();
    }
}
