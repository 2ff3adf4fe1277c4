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

    /** Joins one page's talks with their sessions and members; {@code null} is an empty page. */
    public static TalkListing of(TalkPageBody body) {
        if (body == null) {
            return new TalkListing(List.of(), null);
        }
        Map<String, List<SessionMember>> members = new HashMap<>();
        for (SessionMember member : orEmpty(body.sessionMembers)) {
            Object session = member.getOtherField("session");
            String sessionId = member.getSessionId() != null ? member.getSessionId()
                    : session != null ? session.toString() : null;
            members.computeIfAbsent(sessionId, k -> new ArrayList<>()).add(member);
        }
        Map<String, Session> sessions = new HashMap<>();
        List<Session> sessionOrder = orEmpty(body.sessions);
        for (Session session : sessionOrder) {
            session.setMembers(members.get(session.getSessionId()));
            sessions.put(session.getSessionId(), session);
        }
        List<Talk> talks = new ArrayList<>(orEmpty(body.talks).size());
        for (Talk talk : orEmpty(body.talks)) {
            talk.setSession(sessions.get(talk.getSessionId()));
            talk.setMembers(members.get(talk.getSessionId()));
            talks.add(talk);
        }
        if (talks.isEmpty()) {
            for (Session session : sessionOrder) {
                talks.add(fromSession(session));
            }
        }
        return new TalkListing(talks, totalCount(body.meta));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
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

    private static Long totalCount(JsonNode meta) {
        if (meta == null) {
            return null;
        }
        JsonNode total = meta.path("totalSessionsCount");
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
}
