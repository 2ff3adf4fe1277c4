package io.github.camelzoho.oauth.internal.operations;

import org.apache.camel.Exchange;

/** Body = the account's token status. */
public final class StatusOperation implements OperationHandler {

    @Override
    public void handle(Exchange exchange, OperationContext context) {
        exchange.getMessage().setBody(context.manager(context.account(exchange)).status());
    }
}
