package io.github.camelzoho.showtime;

/** What a {@code zoho-showtime} endpoint does; the endpoint path, overridable per exchange by a header. */
public enum ZohoShowTimeOperation {

    /** {@code GET /api/v4/org/portals.json}: the portals (organizations) of the account, as {@code List<Portal>}. */
    listPortals,

    /**
     * {@code GET /api/v4/{orgId}/talks.json?filter=..&sort=..}, page by page: the talks of the portal, as
     * {@code List<Talk>}. Also the only operation with a consumer.
     */
    listTalks,

    /** {@code POST /api/v4/{orgId}/sessions.json}: creates a session from a {@code Session}, Map or JSON body. */
    createSession,

    /** {@code DELETE /api/v4/{orgId}/sessions/{sessionId}.json}: deletes a session; the body becomes empty. */
    deleteSession,

    /** {@code POST /showtime/api/v4/viewer/{zaid}/fieldAnswers.json}: registers an attendee for a session. */
    registerAttendee,

    /** Any method and path under the API (a {@code {orgId}} placeholder is filled in); JSON in, {@code JsonNode} out. */
    call;

    /** Whether a request of this operation may be sent twice without doing its effect twice. */
    public boolean isIdempotent() {
        return this != createSession && this != registerAttendee;
    }
}
