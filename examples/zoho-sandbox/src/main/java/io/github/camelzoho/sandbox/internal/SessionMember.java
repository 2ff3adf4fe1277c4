package io.github.camelzoho.sandbox.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A member of a session: organiser or presenter.
 *
 * @param id member id (also sessionMemberId)
 * @param sessionId the session
 * @param orgId the portal
 * @param userId Zoho user id
 * @param name display name
 * @param emailId email
 * @param role 1 organiser, 2 presenter
 * @param createdTime epoch ms
 */
record SessionMember(String id, String sessionId, String orgId, String userId, String name, String emailId, int role,
        long createdTime) {

    ObjectNode toJson() {
        return new ZohoObject()
                .put("role", role)
                .put("session", sessionId)
                .put("sessionMemberId", id)
                .put("emailId", emailId)
                .put("source", 1)
                .put("sessionId", sessionId)
                .put("presenterImageUrl", "https://contacts.zoho.com/file?ID=" + userId + "&fs=thumb")
                .put("userId", userId)
                .put("orgId", orgId)
                .put("name", name)
                .put("createdTime", createdTime)
                .put("lastUpdatedTime", createdTime)
                .put("time", createdTime)
                .put("id", id)
                .put("status", 1)
                .node();
    }
}
