package io.github.camelzoho.sandbox.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A talk: the presentation given in a session. Name and schedule come from the session.
 *
 * @param id talk id
 * @param sessionId the session it belongs to
 * @param presentedSlidesCount slides presented so far
 * @param createdTime epoch ms
 * @param lastUpdatedTime epoch ms, changes whenever the talk or its session changes
 */
record Talk(String id, String sessionId, int presentedSlidesCount, long createdTime, long lastUpdatedTime) {

    private static final DateTimeFormatter FORMATTED_DATE =
            DateTimeFormatter.ofPattern("MMM dd, yyyy hh:mm a", Locale.ENGLISH);

    Talk updated(long now) {
        return new Talk(id, sessionId, presentedSlidesCount, createdTime, now);
    }

    ObjectNode toJson(Session session) {
        String formatted = FORMATTED_DATE.format(
                Instant.ofEpochMilli(session.scheduledTime()).atZone(ZoneId.of(session.timezone())));
        return new ZohoObject()
                .put("id", id)
                .put("session", sessionId)
                .put("orgId", session.orgId())
                .put("name", session.name())
                .put("description", session.description())
                .put("scheduledTime", session.scheduledTime())
                .put("scheduledEndTime", session.scheduledEndTime())
                .put("formattedScheduledDate", formatted)
                .put("timezone", session.timezone())
                .put("presentedSlidesCount", presentedSlidesCount)
                .put("createdTime", createdTime)
                .put("lastUpdatedTime", lastUpdatedTime)
                .node();
    }
}
