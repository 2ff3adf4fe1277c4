package io.github.camelzoho.sandbox.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Sandbox-only {@code POST /sandbox/grant-codes?scope=a,b[&client_id=..]}: mints a self-client grant code, the
 * console's "Generate Code" tab, so examples start without a browser. Scope defaults to the four ShowTime scopes.
 */
final class GrantCodeAdmin implements Endpoint {

    private final ClientRegistry clients;
    private final GrantCodeStore codes;
    private final String defaultClientId;

    GrantCodeAdmin(ClientRegistry clients, GrantCodeStore codes, String defaultClientId) {
        this.clients = clients;
        this.codes = codes;
        this.defaultClientId = defaultClientId;
    }

    String mint(String clientId, List<String> scopes) {
        if (clients.find(clientId).isEmpty()) {
            throw new IllegalArgumentException("unknown client: " + clientId);
        }
        return codes.selfClient(clientId, scopes.isEmpty() ? Scopes.SHOWTIME_DEFAULTS : List.copyOf(scopes)).value();
    }

    @Override
    public Reply handle(Request request) {
        String clientId = request.param("client_id").orElse(defaultClientId);
        if (clients.find(clientId).isEmpty()) {
            throw new BadRequest("unknown client_id");
        }
        List<String> scopes = Scopes.parse(request.param("scope").orElse(null));
        ObjectNode body = Json.object();
        body.put("code", mint(clientId, scopes));
        body.put("client_id", clientId);
        body.put("scope", Scopes.spaced(scopes.isEmpty() ? Scopes.SHOWTIME_DEFAULTS : scopes));
        body.put("expires_in", GrantCodeStore.VALIDITY.toSeconds());
        return Reply.json(200, body);
    }
}
