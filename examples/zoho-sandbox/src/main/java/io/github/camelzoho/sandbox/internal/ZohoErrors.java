package io.github.camelzoho.sandbox.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Error replies of the resource server, in the CRM shape Zoho uses: code, details, message, status "error". */
final class ZohoErrors {

    private ZohoErrors() {
    }

    static Reply reply(int status, String code, String message) {
        ObjectNode body = Json.object();
        body.put("code", code);
        body.set("details", Json.object());
        body.put("message", message);
        body.put("status", "error");
        return Reply.json(status, body);
    }

    static Reply invalidToken() {
        return reply(401, "INVALID_TOKEN", "invalid oauth token");
    }

    /** Zoho reports tokens pushed out by the per-refresh-token cap with a different code (token-limits page). */
    static Reply evictedToken() {
        return reply(401, "INVALID_OAUTHTOKEN", "invalid oauth token");
    }

    static Reply scopeMismatch() {
        return reply(401, "OAUTH_SCOPE_MISMATCH", "invalid oauth scope to access this URL");
    }

    static Reply notFound(String message) {
        return reply(404, "INVALID_URL_PATTERN", message);
    }

    static Reply invalidData(String message) {
        return reply(400, "INVALID_DATA", message);
    }
}
