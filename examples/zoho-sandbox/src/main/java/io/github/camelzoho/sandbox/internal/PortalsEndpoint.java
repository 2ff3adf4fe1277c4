package io.github.camelzoho.sandbox.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code GET /api/v4/org/portals.json}. */
final class PortalsEndpoint implements Endpoint {

    private final ShowTimeGuard guard;
    private final ShowTimeStore store;

    PortalsEndpoint(ShowTimeGuard guard, ShowTimeStore store) {
        this.guard = guard;
        this.store = store;
    }

    @Override
    public Reply handle(Request request) {
        return guard.reject(request, "ZohoShowtime.portalapi.READ").orElseGet(() -> {
            ArrayNode portals = Json.array();
            store.portals().forEach(p -> portals.add(p.toJson()));
            ObjectNode body = Json.object();
            body.set("portals", portals);
            return Reply.json(200, body);
        });
    }
}
