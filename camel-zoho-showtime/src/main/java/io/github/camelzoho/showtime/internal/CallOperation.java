package io.github.camelzoho.showtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelzoho.showtime.ZohoShowTimeConstants;
import io.github.camelzoho.showtime.ZohoShowTimeOperation;
import org.apache.camel.Exchange;

import java.util.Locale;
import java.util.Set;

/**
 * Any method and path under the API, for calls the component has no operation for: JSON body in (ignored for GET and
 * DELETE), {@code JsonNode} out ({@code null} for an empty answer). {@code {orgId}} in the path becomes the portal.
 * Only paths under {@code apiUrl} are accepted, so the token is never sent to another host.
 */
public final class CallOperation implements OperationHandler {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> IDEMPOTENT = Set.of("GET", "PUT", "DELETE");

    @Override
    public void handle(Exchange exchange, OperationContext context) {
        String method = context.header(exchange, ZohoShowTimeConstants.METHOD, context.configuration().getMethod())
                .trim().toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("call: method must be one of " + METHODS + ", got '" + method + "'");
        }
        String path = context.header(exchange, ZohoShowTimeConstants.PATH, context.configuration().getPath());
        if (path == null || !path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException("call needs a path under apiUrl starting with /, for example"
                    + " /api/v4/{orgId}/talks.json (option path or header " + ZohoShowTimeConstants.PATH + ")");
        }
        ShowTimeClient client = context.client(exchange);
        if (path.contains("{orgId}")) {
            String orgId = context.orgId(exchange, client);
            path = path.replace("{orgId}", TalkPages.encode(orgId));
            exchange.getMessage().setHeader(ZohoShowTimeConstants.ORG_ID, orgId);
        }
        byte[] json = null;
        if (!method.equals("GET") && !method.equals("DELETE")) {
            JsonNode body = JsonBodies.tree(exchange, context.mapper());
            json = body == null ? null : JsonBodies.bytes(body, context.mapper());
        }
        ShowTimeClient.Answer answer = client.send(ZohoShowTimeOperation.call, method, path, json,
                IDEMPOTENT.contains(method));
        exchange.getMessage().setHeader(ZohoShowTimeConstants.HTTP_STATUS, answer.status());
        exchange.getMessage().setBody(answer.body());
    }
}
