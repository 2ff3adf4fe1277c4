package io.github.camelzoho.showtime.internal;

import io.github.camelzoho.oauth.support.SafeExcerpt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelzoho.showtime.ZohoShowTimeConstants;
import io.github.camelzoho.showtime.ZohoShowTimeException;
import io.github.camelzoho.showtime.ZohoShowTimeOperation;
import io.github.camelzoho.showtime.model.Portal;
import org.apache.camel.Exchange;

import java.util.ArrayList;
import java.util.List;

/** {@code GET /api/v4/org/portals.json} → {@code List<Portal>}; also discovers the default portal. */
public final class ListPortalsOperation implements OperationHandler {

    static final String PATH = "/api/v4/org/portals.json";

    @Override
    public void handle(Exchange exchange, OperationContext context) {
        ShowTimeClient client = context.client(exchange);
        ShowTimeClient.Answer answer = client.send(ZohoShowTimeOperation.listPortals, "GET", PATH, null, true);
        exchange.getMessage().setHeader(ZohoShowTimeConstants.HTTP_STATUS, answer.status());
        exchange.getMessage().setBody(portals(answer.body(), context.mapper()));
    }

    /** The portal whose {@code isDefault} is true; the only portal when none is marked. */
    static Portal defaultPortal(ShowTimeClient client, ObjectMapper mapper) {
        List<Portal> portals = portals(client.send(ZohoShowTimeOperation.listPortals, "GET", PATH, null, true).body(),
                mapper);
        for (Portal portal : portals) {
            if (portal.isDefaultPortal() && portal.getId() != null) {
                return portal;
            }
        }
        if (portals.size() == 1 && portals.get(0).getId() != null) {
            return portals.get(0);
        }
        throw new ZohoShowTimeException("Account '" + client.connection().account() + "' has " + portals.size()
                + " ShowTime portals and none is marked isDefault; set the orgId option or header "
                + ZohoShowTimeConstants.ORG_ID, ZohoShowTimeOperation.listPortals, null);
    }

    private static List<Portal> portals(JsonNode body, ObjectMapper mapper) {
        JsonNode array = body == null ? null : body.path("portals");
        if (array == null || !array.isArray()) {
            throw new ZohoShowTimeException("ShowTime listPortals answered without a portals array: "
                    + SafeExcerpt.of(String.valueOf(body)), ZohoShowTimeOperation.listPortals, null);
        }
        List<Portal> portals = new ArrayList<>(array.size());
        for (JsonNode node : array) {
            try {
                portals.add(mapper.treeToValue(node, Portal.class));
            } catch (Exception e) {
                throw new ZohoShowTimeException("ShowTime listPortals answered a portal that does not fit Portal: "
                        + SafeExcerpt.of(e.getMessage()), ZohoShowTimeOperation.listPortals, null);
            }
        }
        return portals;
    }
}
