package io.github.camelzoho.benchmarks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelzoho.showtime.model.Session;
import io.github.camelzoho.showtime.model.SessionMember;
import io.github.camelzoho.showtime.model.Talk;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline a user writes without the component: bind a talks page straight to the component's own model
 * classes with Jackson and join each talk with its session and members, the same result {@code listTalks} gives.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class RawTalkPage {

    public List<Talk> talks = List.of();
    public List<Session> sessions = List.of();
    public List<SessionMember> sessionMembers = List.of();

    /** Reads one page and returns its talks joined with their sessions and members. */
    public static List<Talk> read(ObjectMapper mapper, InputStream body) throws IOException {
        RawTalkPage page = mapper.readValue(body, RawTalkPage.class);
        Map<String, List<SessionMember>> members = new HashMap<>();
        for (SessionMember member : page.sessionMembers) {
            members.computeIfAbsent(member.getSessionId(), k -> new ArrayList<>()).add(member);
        }
        Map<String, Session> sessions = new HashMap<>();
        for (Session session : page.sessions) {
            session.setMembers(members.get(session.getSessionId()));
            sessions.put(session.getSessionId(), session);
        }
        for (Talk talk : page.talks) {
            talk.setSession(sessions.get(talk.getSessionId()));
            talk.setMembers(members.get(talk.getSessionId()));
        }
        return page.talks;
    }
}
