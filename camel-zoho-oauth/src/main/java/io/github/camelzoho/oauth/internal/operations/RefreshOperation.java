package io.github.camelzoho.oauth.internal.operations;

import io.github.camelzoho.oauth.internal.token.TokenManager;
import org.apache.camel.Exchange;

/** Refreshes now (sharing any refresh already in flight); body = the token status. */
public final class RefreshOperation implements OperationHandler {

    @Override
    public void handle(Exchange exchange, OperationContext context) {
        TokenManager manager = context.manager(context.account(exchange));
        manager.forceRefresh();
        exchange.getMessage().setBody(manager.status());
    }
}
