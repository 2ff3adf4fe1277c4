package io.github.camelzoho.sandbox.internal;

import java.util.List;

/**
 * A validated {@code /oauth/v2/auth} request.
 *
 * @param client the client
 * @param redirectUri the (allowed) redirect URI
 * @param scopes requested scopes
 * @param offline access_type=offline
 * @param promptConsent prompt=consent
 * @param state the state to echo, possibly null
 */
record AuthorizationRequest(RegisteredClient client, String redirectUri, List<String> scopes, boolean offline,
        boolean promptConsent, String state) {

    /** Validates the parameters; failures carry the message of Zoho's error page. */
    static AuthorizationRequest validate(Request request, ClientRegistry clients) {
        RegisteredClient client = clients.find(request.param("client_id").orElse(null))
                .orElseThrow(() -> new InvalidAuthorization("invalid_client", "Invalid Client"));
        String redirectUri = request.param("redirect_uri").orElse(null);
        if (!client.allowsRedirectUri(redirectUri)) {
            throw new InvalidAuthorization("invalid_redirect_uri", "Invalid Redirect Uri");
        }
        if (!"code".equals(request.param("response_type").orElse(null))) {
            throw new InvalidAuthorization("invalid_response_type", "Invalid Response Type");
        }
        List<String> scopes = Scopes.parse(request.param("scope").orElse(null));
        if (scopes.isEmpty()) {
            throw new InvalidAuthorization("invalid_scope", "Invalid OAuth Scope");
        }
        String accessType = request.param("access_type").orElse("online");
        if (!accessType.equals("online") && !accessType.equals("offline")) {
            throw new InvalidAuthorization("invalid_access_type", "Invalid Access Type");
        }
        return new AuthorizationRequest(client, redirectUri, scopes, accessType.equals("offline"),
                "consent".equals(request.param("prompt").orElse(null)), request.param("state").orElse(null));
    }

    /** A rejected authorization request. */
    static final class InvalidAuthorization extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String code;

        InvalidAuthorization(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }

        String code() {
            return code;
        }
    }
}
