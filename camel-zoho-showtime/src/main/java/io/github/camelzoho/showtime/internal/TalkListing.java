package io.github.camelzoho.showtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelzoho.showtime.ZohoShowTimeOperation;
import io.github.camelzoho.showtime.model.Session;
import io.github.camelzoho.showtime.model.SessionMember;
import io.github.camelzoho.showtime.model.Talk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of {@code talks.json}: {@code {"sessions":[..], "sessionMembers":[..], "meta":{"totalSessionsCount":"3"},
 * "talks":[..]}}. Each talk is joined with its session and that session's members. A page with sessions but no
 * {@code talks} array gives one talk per session, so nothing listed is lost.
 *
 * @param talks      the talks of the page, in ShowTime's order
 * @param totalCount {@code meta.totalSessionsCount}, or {@code null} when absent
 */
public record TalkListing(List<Talk> talks, Long totalCount) {

    /** Reads one page; {@code null} or an empty body is an empty page. */
    public static TalkListing parse(JsonNode body, OperationContext context) {
        if (body == null || !body.isObject()) {
            return new TalkListing(List.of(), null);
        }
        Map<String, List<SessionMember>> members = new HashMap<>();
        for (JsonNode node : array(body, "sessionMembers")) {
            SessionMember member = context.convert(ZohoShowTimeOperation.listTalks, node, SessionMember.class);
            String sessionId = member.getSessionId() != null ? member.getSessionId() : text(node, "session");
            members.computeIfAbsent(sessionId, k -> new ArrayList<>()).add(member);
        }
        Map<String, Session> sessions = new HashMap<>();
        List<Session> sessionOrder = new ArrayList<>();
        for (JsonNode node : array(body, "sessions")) {
            Session session = context.convert(ZohoShowTimeOperation.listTalks, node, Session.class);
            session.setMembers(members.get(session.getSessionId()));
            sessions.put(session.getSessionId(), session);
            sessionOrder.add(session);
        }
        List<Talk> talks = new ArrayList<>();
        for (JsonNode node : array(body, "talks")) {
            Talk talk = context.convert(ZohoShowTimeOperation.listTalks, node, Talk.class);
            talk.setSession(sessions.get(talk.getSessionId()));
            talk.setMembers(members.get(talk.getSessionId()));
            talks.add(talk);
        }
        if (talks.isEmpty()) {
            for (Session session : sessionOrder) {
                talks.add(fromSession(session));
            }
        }
        return new TalkListing(talks, totalCount(body));
    }

    /** What identifies a talk across pages and polls: its id, else its session's. */
    public static String key(Talk talk) {
        return talk.getId() != null ? talk.getId() : "session-" + talk.getSessionId();
    }

    private static Talk fromSession(Session session) {
        Talk talk = new Talk();
        talk.setSessionId(session.getSessionId());
        talk.setId(session.getTalkId());
        talk.setOrgId(session.getOrgId());
        talk.setName(session.getName());
        talk.setDescription(session.getDescription());
        talk.setTimezone(session.getTimezone());
        talk.setScheduledTime(session.getScheduledTime());
        talk.setScheduledEndTime(session.getScheduledEndTime());
        talk.setSession(session);
        talk.setMembers(session.getMembers());
        return talk;
    }

    private static Long totalCount(JsonNode body) {
        JsonNode total = body.path("meta").path("totalSessionsCount");
        if (total.isNumber()) {
            return total.asLong();
        }
        if (total.isTextual()) {
            try {
                return Long.parseLong(total.asText().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static Iterable<JsonNode> array(JsonNode body, String field) {
        JsonNode node = body.get(field);
        return node != null && node.isArray() ? node : List.of();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
