package io.github.camelzoho.sandbox.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A ShowTime session (the scheduled event).
 *
 * @param id session id
 * @param orgId portal id
 * @param zaid portal ZAID
 * @param name title
 * @param description description
 * @param timezone IANA zone id
 * @param scheduledTime start, epoch ms
 * @param scheduledEndTime end, epoch ms
 * @param deliveryMode 1 face-to-face, 3 remote
 * @param sessionType session type code
 * @param scheduledBy user id of the scheduler
 * @param shortenKey key of the join URL
 * @param createdTime epoch ms
 * @param lastUpdatedTime epoch ms
 * @param invitedCount invitations
 * @param registeredCount registrations
 * @param attendedCount attendees
 * @param attendeeLimit capacity
 * @param registrationRequired whether attendees must register
 */
record Session(String id, String orgId, String zaid, String name, String description, String timezone,
        long scheduledTime, long scheduledEndTime, int deliveryMode, int sessionType, String scheduledBy,
        String shortenKey, long createdTime, long lastUpdatedTime, int invitedCount, int registeredCount,
        int attendedCount, int attendeeLimit, boolean registrationRequired) {

    Session registeredOnce(long now) {
        return new Session(id, orgId, zaid, name, description, timezone, scheduledTime, scheduledEndTime,
                deliveryMode, sessionType, scheduledBy, shortenKey, createdTime, now, invitedCount,
                registeredCount + 1, attendedCount, attendeeLimit, registrationRequired);
    }

    ObjectNode toJson() {
        return new ZohoObject()
                .put("invitedCount", invitedCount)
                .put("scheduledTime", scheduledTime)
                .put("timezone", timezone)
                .put("scheduledEndTime", scheduledEndTime)
                .put("sessionId", id)
                .put("attendedCount", attendedCount)
                .put("orgId", orgId)
                .put("referrer", 1)
                .put("shortenKey", shortenKey)
                .put("deliveryMode", deliveryMode)
                .put("name", name)
                .put("description", description)
                .put("createdTime", createdTime)
                .put("sessionType", sessionType)
                .put("scheduledBy", scheduledBy)
                .put("zaid", zaid)
                .put("time", lastUpdatedTime)
                .put("id", id)
                .put("deletedTime", -1)
                .put("joinURL", "attend.zoho.com/" + shortenKey)
                .put("registeredCount", registeredCount)
                .put("attendeeLimit", attendeeLimit)
                .set("sessionSettings", new ZohoObject().put("registrationRequired", registrationRequired).node())
                .node();
    }
}
