package io.github.camelzoho.oauth.internal.operations;

import io.github.camelzoho.oauth.ZohoOAuthConstants;
import io.github.camelzoho.oauth.token.ZohoAccessToken;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** Decorates the exchange with the account's token; the body is untouched. */
public final class TokenOperation implements OperationHandler {

    @Override
    public void handle(Exchange exchange, OperationContext context) {
        String account = context.account(exchange);
        ZohoAccessToken token = context.manager(account).accessToken();
        Message message = exchange.getMessage();
        message.setHeader(ZohoOAuthConstants.AUTHORIZATION, token.headerValue());
        message.setHeader(ZohoOAuthConstants.ACCOUNT, account);
        if (token.apiDomain() != null) {
            message.setHeader(ZohoOAuthConstants.API_DOMAIN, token.apiDomain());
        }
        message.setHeader(ZohoOAuthConstants.EXPIRES_AT, token.expiresAt());
    }
}
