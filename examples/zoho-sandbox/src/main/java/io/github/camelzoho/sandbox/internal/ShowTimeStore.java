package io.github.camelzoho.sandbox.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The in-memory ShowTime data: portals and their scheduled talks. Whether a talk is upcoming or completed follows the
 * sandbox clock (completed once its session has ended).
 */
final class ShowTimeStore {

    private final Clock clock;
    private final Map<String, Portal> portals = new LinkedHashMap<>();
    private final Map<String, Map<String, ScheduledTalk>> talksByOrg = new LinkedHashMap<>();

    ShowTimeStore(Clock clock) {
        this.clock = clock;
    }

    synchronized void addPortal(Portal portal) {
        portals.put(portal.id(), portal);
        talksByOrg.put(portal.id(), new LinkedHashMap<>());
    }

    synchronized void add(ScheduledTalk talk) {
        talksByOrg.get(talk.session().orgId()).put(talk.session().id(), talk);
    }

    synchronized List<Portal> portals() {
        return List.copyOf(portals.values());
    }

    synchronized Optional<Portal> portal(String orgId) {
        return Optional.ofNullable(portals.get(orgId));
    }

    synchronized Optional<Portal> portalByZaid(String zaid) {
        return portals.values().stream().filter(p -> p.zaid().equals(zaid)).findFirst();
    }

    synchronized Optional<ScheduledTalk> find(String orgId, String sessionId) {
        return Optional.ofNullable(talksByOrg.getOrDefault(orgId, Map.of()).get(sessionId));
    }

    /** Talks of one kind ordered by start time (ties by id, so pages never overlap), then cut to a page. */
    synchronized TalkPage talks(String orgId, boolean completed, boolean ascending, int startIndex, int limit) {
        long now = clock.millis();
        Comparator<ScheduledTalk> order = Comparator.<ScheduledTalk>comparingLong(t -> t.session().scheduledTime())
                .thenComparing(t -> t.session().id());
        List<ScheduledTalk> matching = new ArrayList<>(talksByOrg.getOrDefault(orgId, Map.of()).values().stream()
                .filter(t -> t.completedAt(now) == completed)
                .sorted(ascending ? order : order.reversed())
                .toList());
        int from = Math.min(startIndex, matching.size());
        int to = Math.min(matching.size(), from + limit);
        return new TalkPage(List.copyOf(matching.subList(from, to)), matching.size());
    }

    synchronized boolean delete(String orgId, String sessionId) {
        return talksByOrg.getOrDefault(orgId, new LinkedHashMap<>()).remove(sessionId) != null;
    }

    /** Counts a registration; the talk's lastUpdatedTime moves so pollers see a change. */
    synchronized void registered(ScheduledTalk talk) {
        long now = clock.millis();
        ScheduledTalk current = talksByOrg.get(talk.session().orgId()).get(talk.session().id());
        if (current != null) {
            add(new ScheduledTalk(current.session().registeredOnce(now), current.talk().updated(now),
                    current.members()));
        }
    }
}
