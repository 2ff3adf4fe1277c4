package io.github.camelzoho.showtime.internal;

import io.github.camelzoho.oauth.support.SafeExcerpt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelzoho.oauth.ZohoOAuthConstants;
import io.github.camelzoho.showtime.ZohoShowTimeConfiguration;
import io.github.camelzoho.showtime.ZohoShowTimeConstants;
import io.github.camelzoho.showtime.ZohoShowTimeException;
import io.github.camelzoho.showtime.ZohoShowTimeOperation;
import io.github.camelzoho.showtime.ZohoShowTimeSleeper;
import org.apache.camel.Exchange;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an operation handler may use: the endpoint's options, the client of the exchange's account, the portal
 * (orgId) to work in and the shared Jackson mapper.
 */
public final class OperationContext {

    private final ZohoShowTimeConfiguration configuration;
    private final ShowTimeConnections connections;
    private final ObjectMapper mapper;
    private final ResponseClassifier classifier;
    private final RetryPolicy retryPolicy;
    private final ZohoShowTimeSleeper sleeper;
    private final RequestEvents events;
    /** Resolved once: the endpoint's options do not change while it runs. */
    private final String apiUrl;
    /** One client per account for the life of this producer or consumer, so an exchange allocates none. */
    private final Map<String, ShowTimeClient> clients = new ConcurrentHashMap<>();

    public OperationContext(ZohoShowTimeConfiguration configuration, ShowTimeConnections connections, ObjectMapper mapper,
            ZohoShowTimeSleeper sleeper, RequestEvents events) {
        this.configuration = configuration;
        this.connections = connections;
        this.mapper = mapper;
        this.classifier = new ResponseClassifier(mapper);
        this.retryPolicy = new RetryPolicy(Math.max(0, configuration.getMaxRetries()),
                Duration.ofMillis(Math.max(0, configuration.getRetryDelay())),
                Duration.ofMillis(Math.max(0, configuration.getRetryMaxDelay())));
        this.sleeper = sleeper;
        this.events = events;
        this.apiUrl = configuration.resolveApiUrl();
    }

    public ZohoShowTimeConfiguration configuration() {
        return configuration;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** The account of this exchange: header {@value ZohoOAuthConstants#ACCOUNT} (from zoho-oauth:token), else the option. */
    public String account(Exchange exchange) {
        String header = exchange == null ? null : exchange.getMessage().getHeader(ZohoOAuthConstants.ACCOUNT, String.class);
        return header != null && !header.isBlank() ? header : configuration.getAccount();
    }

    /** The client for this exchange's account. */
    public ShowTimeClient client(Exchange exchange) {
        return client(account(exchange));
    }

    /** The client for {@code account}. */
    public ShowTimeClient client(String account) {
        return clients.computeIfAbsent(account, a -> new ShowTimeClient(connections.get(apiUrl, a), retryPolicy, sleeper,
                events, classifier));
    }

    /** A header of the exchange as a string, else {@code fallback}. */
    public String header(Exchange exchange, String name, String fallback) {
        String value = exchange == null ? null : exchange.getMessage().getHeader(name, String.class);
        return value != null && !value.isBlank() ? value : fallback;
    }

    /**
     * The portal to work in: header {@value ZohoShowTimeConstants#ORG_ID}, else the {@code orgId} option, else the
     * account's default portal, discovered once per connection.
     */
    public String orgId(Exchange exchange, ShowTimeClient client) {
        String configured = header(exchange, ZohoShowTimeConstants.ORG_ID, configuration.getOrgId());
        if (configured != null) {
            return configured;
        }
        return client.connection().defaultOrgId(() -> ListPortalsOperation.defaultPortal(client, mapper).getId());
    }

    /** Reads the JSON an operation needs, failing with a message that names the operation. */
    public <T> T convert(ZohoShowTimeOperation operation, JsonNode json, Class<T> type) {
        try {
            return mapper.treeToValue(json, type);
        } catch (Exception e) {
            throw new ZohoShowTimeException("ShowTime " + operation + " answered JSON that does not fit "
                    + type.getSimpleName() + ": " + SafeExcerpt.of(e.getMessage()), operation, null);
        }
    }
}
