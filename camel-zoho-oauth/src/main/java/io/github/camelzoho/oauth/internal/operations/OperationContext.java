package io.github.camelzoho.oauth.internal.operations;

import io.github.camelzoho.oauth.ZohoOAuthComponent;
import io.github.camelzoho.oauth.ZohoOAuthConfiguration;
import io.github.camelzoho.oauth.ZohoOAuthConstants;
import io.github.camelzoho.oauth.internal.token.TokenManager;
import io.github.camelzoho.oauth.store.ZohoTokenStore;
import org.apache.camel.Exchange;

import java.time.Clock;

/** What an operation handler may use: the endpoint's options and the component's managers and store. */
public record OperationContext(ZohoOAuthComponent component, ZohoOAuthConfiguration configuration) {

    /** The account of this exchange: header {@value ZohoOAuthConstants#ACCOUNT}, else the endpoint's. */
    public String account(Exchange exchange) {
        String header = exchange.getMessage().getHeader(ZohoOAuthConstants.ACCOUNT, String.class);
        return header != null ? header : configuration.getAccount();
    }

    public TokenManager manager(String account) {
        return component.tokenManager(configuration, account);
    }

    public ZohoTokenStore store() {
        return component.resolveStore(configuration);
    }

    public Clock clock() {
        return component.getClock();
    }
}
