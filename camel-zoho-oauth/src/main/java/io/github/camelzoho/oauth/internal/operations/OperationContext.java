package io.github.camelzoho.oauth.internal.operations;

import io.github.camelzoho.oauth.ZohoOAuthComponent;
import io.github.camelzoho.oauth.ZohoOAuthConfiguration;
import io.github.camelzoho.oauth.ZohoOAuthConstants;
import io.github.camelzoho.oauth.internal.token.TokenManager;
import io.github.camelzoho.oauth.store.ZohoTokenStore;
import org.apache.camel.Exchange;

import java.time.Clock;

/**
 * What an operation handler may use: the endpoint's options and the component's managers and store. The manager of
 * the endpoint's own account is looked up once, so decorating an exchange costs no map lookup or validation.
 */
public final class OperationContext {

    private final ZohoOAuthComponent component;
    private final ZohoOAuthConfiguration configuration;
    private volatile TokenManager endpointAccountManager;

    public OperationContext(ZohoOAuthComponent component, ZohoOAuthConfiguration configuration) {
        this.component = component;
        this.configuration = configuration;
    }

    public ZohoOAuthConfiguration configuration() {
        return configuration;
    }

    /** The account of this exchange: header {@value ZohoOAuthConstants#ACCOUNT}, else the endpoint's. */
    public String account(Exchange exchange) {
        Object header = exchange.getMessage().getHeader(ZohoOAuthConstants.ACCOUNT);
        return header != null ? header.toString() : configuration.getAccount();
    }

    public TokenManager manager(String account) {
        TokenManager cached = endpointAccountManager;
        if (cached != null && cached.account().equals(account)) {
            return cached;
        }
        TokenManager manager = component.tokenManager(configuration, account);
        if (account.equals(configuration.getAccount())) {
            endpointAccountManager = manager;
        }
        return manager;
    }

    /** Forgets the cached manager (the component's managers are recreated when it restarts). */
    public void reset() {
        endpointAccountManager = null;
    }

    public ZohoTokenStore store() {
        return component.resolveStore(configuration);
    }

    public Clock clock() {
        return component.getClock();
    }
}
