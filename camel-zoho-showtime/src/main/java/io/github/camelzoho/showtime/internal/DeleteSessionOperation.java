package io.github.camelzoho.showtime.internal;

import io.github.camelzoho.showtime.ZohoShowTimeConstants;
import io.github.camelzoho.showtime.ZohoShowTimeOperation;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code DELETE /api/v4/{orgId}/sessions/{sessionId}.json}. ShowTime documents "No Response"; any 2xx counts as
 * deleted, header {@value ZohoShowTimeConstants#DELETED} says so and the body becomes empty.
 */
public final class DeleteSessionOperation implements OperationHandler {

    @Override
    public void handle(Exchange exchange, OperationContext context) {
        String sessionId = context.header(exchange, ZohoShowTimeConstants.SESSION_ID,
                context.configuration().getSessionId());
        if (sessionId == null) {
            throw new IllegalArgumentException("deleteSession needs the sessionId option or header "
                    + ZohoShowTimeConstants.SESSION_ID);
        }
        ShowTimeClient client = context.client(exchange);
        String orgId = context.orgId(exchange, client);
        ShowTimeClient.Answer answer = client.send(ZohoShowTimeOperation.deleteSession, "DELETE",
                "/api/v4/" + TalkPages.encode(orgId) + "/sessions/" + TalkPages.encode(sessionId) + ".json", null, true);
        Message message = exchange.getMessage();
        message.setHeader(ZohoShowTimeConstants.ORG_ID, orgId);
        message.setHeader(ZohoShowTimeConstants.SESSION_ID, sessionId);
        message.setHeader(ZohoShowTimeConstants.HTTP_STATUS, answer.status());
        message.setHeader(ZohoShowTimeConstants.DELETED, Boolean.TRUE);
        message.setBody(null);
    }
}
