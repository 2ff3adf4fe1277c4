package io.github.camelzoho.benchmarks;

import io.github.camelzoho.oauth.ZohoOAuthComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

import java.time.Clock;

/** The CamelContext every benchmark builds the same way: zoho-oauth seeded with a refresh token, against a stub. */
final class Contexts {

    private Contexts() {
    }

    static CamelContext create() {
        DefaultCamelContext context = new DefaultCamelContext();
        context.getShutdownStrategy().setTimeout(5);
        context.setMessageHistory(false);
        return context;
    }

    /** Adds a zoho-oauth component whose token endpoint is {@code accountsUrl}, reading time from {@code clock}. */
    static ZohoOAuthComponent addZohoOAuth(CamelContext context, String accountsUrl, Clock clock) {
        ZohoOAuthComponent oauth = new ZohoOAuthComponent();
        oauth.getConfiguration().setClientId(LoopbackStub.CLIENT_ID);
        oauth.getConfiguration().setClientSecret(LoopbackStub.CLIENT_SECRET);
        oauth.getConfiguration().setAccountsUrl(accountsUrl);
        oauth.getConfiguration().setRefreshToken(LoopbackStub.REFRESH_TOKEN);
        oauth.setClock(clock);
        context.addComponent("zoho-oauth", oauth);
        return oauth;
    }
}
