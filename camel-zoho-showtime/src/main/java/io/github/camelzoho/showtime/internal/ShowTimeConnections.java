package io.github.camelzoho.showtime.internal;

import io.github.camelzoho.oauth.ZohoOAuthComponent;
import io.github.camelzoho.oauth.token.ZohoTokenProvider;
import org.apache.camel.CamelContext;
import org.apache.camel.RuntimeCamelException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The connections of one {@code zoho-showtime} component, one per (base URL, account), opened on first use and shared
 * by all endpoints, so each account's default portal is discovered once and each pool is shared.
 */
public final class ShowTimeConnections {

    private static final Logger LOG = LoggerFactory.getLogger(ShowTimeConnections.class);

    private final CamelContext camelContext;
    private final String oauthComponentName;
    private final Map<String, ShowTimeConnection> connections = new ConcurrentHashMap<>();

    public ShowTimeConnections(CamelContext camelContext, String oauthComponentName) {
        this.camelContext = camelContext;
        this.oauthComponentName = oauthComponentName;
    }

    /** The connection of {@code account} to {@code apiUrl}, opened on first use. */
    public ShowTimeConnection get(String apiUrl, String account) {
        return connections.computeIfAbsent(apiUrl + '\n' + account, key -> open(apiUrl, account));
    }

    private ShowTimeConnection open(String apiUrl, String account) {
        ZohoTokenProvider tokens = camelContext.getComponent(oauthComponentName, ZohoOAuthComponent.class)
                .getTokenProvider(account);
        try {
            ShowTimeConnection connection = ShowTimeConnection.open(camelContext, apiUrl, tokens);
            LOG.debug("Opened ShowTime connection for account '{}' to {}", account, apiUrl);
            return connection;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new RuntimeCamelException("Cannot create the HTTP client for " + apiUrl, e);
        }
    }

    /** The connections opened so far. */
    public Collection<ShowTimeConnection> all() {
        return List.copyOf(connections.values());
    }

    /** Closes every connection. */
    public void closeAll() {
        connections.values().forEach(ShowTimeConnection::close);
        connections.clear();
    }
}
