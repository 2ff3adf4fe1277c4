package io.github.camelzoho.oauth.internal.operations;

import org.apache.camel.Exchange;

/** Revokes the refresh token at Zoho and deletes the grant; body = the token status. */
public final class RevokeOperation implements OperationHandler {

    @Override
    public void handle(Exchange exchange, OperationContext context) {
        exchange.getMessage().setBody(context.manager(context.account(exchange)).revoke());
    }
}
