package io.github.camelzoho.sandbox.internal;

import java.util.List;

/**
 * A session with its talk and members, the unit the store keeps and lists.
 *
 * @param session the session
 * @param talk its talk
 * @param members its members
 */
record ScheduledTalk(Session session, Talk talk, List<SessionMember> members) {

    boolean completedAt(long nowMillis) {
        return session.scheduledEndTime() <= nowMillis;
    }
}
