package io.github.camelzoho.sandbox.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/v4/{orgId}/talks.json}: sessions, sessionMembers and talks of one page, plus the total count of
 * the filter in {@code meta.totalSessionsCount}.
 */
final class TalksEndpoint implements Endpoint {

    private final ShowTimeGuard guard;
    private final ShowTimeStore store;
    private final FaultPlan faults;

    TalksEndpoint(ShowTimeGuard guard, ShowTimeStore store, FaultPlan faults) {
        this.guard = guard;
        this.store = store;
        this.faults = faults;
    }

    @Override
    public Reply handle(Request request) {
        return guard.reject(request, "ZohoShowtime.talkapi.READ").orElseGet(() -> list(request));
    }

    private Reply list(Request request) {
        String orgId = request.pathParam(0);
        if (store.portal(orgId).isEmpty()) {
            return ZohoErrors.notFound("portal " + orgId + " not found");
        }
        TalksQuery query = TalksQuery.from(request, faults.ignoresPaging());
        TalkPage page = store.talks(orgId, query.completed(), query.ascending(), query.startIndex(), query.limit());
        ArrayNode sessions = Json.array();
        ArrayNode members = Json.array();
        ArrayNode talks = Json.array();
        for (ScheduledTalk entry : page.entries()) {
            sessions.add(entry.session().toJson());
            entry.members().forEach(m -> members.add(m.toJson()));
            talks.add(entry.talk().toJson(entry.session()));
        }
        ObjectNode body = Json.object();
        body.set("sessions", sessions);
        body.set("sessionMembers", members);
        body.set("meta", new ZohoObject().put("totalSessionsCount", page.total()).node());
        body.set("talks", talks);
        return Reply.json(200, body);
    }
}
