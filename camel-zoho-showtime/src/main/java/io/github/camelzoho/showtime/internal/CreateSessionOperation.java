package io.github.camelzoho.showtime.internal;

import io.github.camelzoho.oauth.support.SafeExcerpt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelzoho.showtime.ZohoShowTimeConstants;
import io.github.camelzoho.showtime.ZohoShowTimeException;
import io.github.camelzoho.showtime.ZohoShowTimeOperation;
import io.github.camelzoho.showtime.model.Session;
import io.github.camelzoho.showtime.model.SessionMember;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/v4/{orgId}/sessions.json} with {@code {"session":{...}}}: the body is a {@code Session}, a Map or
 * JSON (with or without the {@code session} wrapper) → the created {@code Session} with its members. Never retried once
 * ShowTime may have created the session (see {@link ShowTimeClient}).
 */
public final class CreateSessionOperation implements OperationHandler {

    @Override
    public void handle(Exchange exchange, OperationContext context) {
        JsonNode spec = JsonBodies.tree(exchange, context.mapper());
        if (spec == null || !spec.isObject()) {
            throw new IllegalArgumentException("createSession needs a Session, a Map or a JSON object as body");
        }
        ObjectNode request = context.mapper().createObjectNode();
        if (spec.size() == 1 && spec.path("session").isObject()) {
            request.set("session", spec.get("session"));
        } else {
            ObjectNode session = ((ObjectNode) spec).deepCopy();
            session.remove("sessionMembers");
            request.set("session", session);
        }
        ShowTimeClient client = context.client(exchange);
        String orgId = context.orgId(exchange, client);
        ShowTimeClient.Answer answer = client.send(ZohoShowTimeOperation.createSession, "POST",
                "/api/v4/" + TalkPages.encode(orgId) + "/sessions.json", JsonBodies.bytes(request, context.mapper()), false);
        JsonNode created = answer.body() == null ? null : answer.body().get("session");
        if (created == null || !created.isObject()) {
            throw new ZohoShowTimeException("ShowTime createSession answered HTTP " + answer.status()
                    + " without a session object", ZohoShowTimeOperation.createSession, answer.status(), null, null,
                    SafeExcerpt.of(String.valueOf(answer.body())), null, null);
        }
        Session session = context.convert(ZohoShowTimeOperation.createSession, created, Session.class);
        List<SessionMember> members = new ArrayList<>();
        for (JsonNode node : answer.body().path("sessionMembers")) {
            members.add(context.convert(ZohoShowTimeOperation.createSession, node, SessionMember.class));
        }
        session.setMembers(members);
        Message message = exchange.getMessage();
        message.setHeader(ZohoShowTimeConstants.ORG_ID, orgId);
        message.setHeader(ZohoShowTimeConstants.SESSION_ID, session.getSessionId());
        message.setHeader(ZohoShowTimeConstants.HTTP_STATUS, answer.status());
        message.setBody(session);
    }
}
