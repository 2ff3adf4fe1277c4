package io.github.camelzoho.showtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelzoho.showtime.internal.RequestEvents;
import io.github.camelzoho.showtime.internal.RequestMetrics;
import io.github.camelzoho.showtime.internal.ResponseClassifier;
import io.github.camelzoho.showtime.internal.RetryPolicy;
import io.github.camelzoho.showtime.internal.ShowTimeClient;
import io.github.camelzoho.showtime.internal.ShowTimeConnections;
import io.github.camelzoho.showtime.internal.ZohoShowTimeHealthCheck;
import org.apache.camel.Endpoint;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.util.ObjectHelper;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The {@code zoho-showtime} component: the Zoho ShowTime API (portals, talks, sessions, registrations) with tokens from
 * the {@code zoho-oauth} component of the same CamelContext. It holds one HTTP connection pool per (account, apiUrl),
 * shared by its endpoints, so each account's default portal is discovered once.
 */
@Component("zoho-showtime")
public class ZohoShowTimeComponent extends DefaultComponent {

    @Metadata(description = "The options shared by all endpoints")
    private ZohoShowTimeConfiguration configuration = new ZohoShowTimeConfiguration();

    @Metadata(label = "advanced", defaultValue = "zoho-oauth", description = "The name of the zoho-oauth component that"
            + " provides the tokens, if it is registered under another name.")
    private String oauthComponentName = "zoho-oauth";

    @Metadata(label = "advanced", description = "Waits between retries; the default sleeps the calling thread. Tests bind"
            + " one that records the delays instead of waiting.")
    private ZohoShowTimeSleeper sleeper = ZohoShowTimeSleeper.THREAD_SLEEP;

    @Metadata(label = "advanced", defaultValue = "60s", javaType = "java.time.Duration", description = "The readiness"
            + " check uses the latest request's outcome; when that is older than this, it sends one GET portals.json.")
    private long healthCheckProbeInterval = 60_000;

    private final ObjectMapper mapper = new ObjectMapper();
    private volatile ShowTimeConnections connections;
    private volatile RequestEvents events = RequestEvents.NONE;
    private volatile ZohoShowTimeHealthCheck healthCheck;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        String operations = Arrays.stream(ZohoShowTimeOperation.values()).map(Enum::name)
                .collect(Collectors.joining(", "));
        if (ObjectHelper.isEmpty(remaining)) {
            throw new IllegalArgumentException("zoho-showtime needs an operation: " + operations);
        }
        ZohoShowTimeOperation operation;
        try {
            operation = ZohoShowTimeOperation.valueOf(remaining);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown zoho-showtime operation '" + remaining + "'; use " + operations);
        }
        ZohoShowTimeEndpoint endpoint = new ZohoShowTimeEndpoint(uri, this, operation, configuration.copy());
        setProperties(endpoint, parameters);
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        connections = new ShowTimeConnections(getCamelContext(), oauthComponentName);
        events = RequestMetrics.bind(getCamelContext());
        ResponseClassifier classifier = new ResponseClassifier(mapper);
        RetryPolicy noRetries = new RetryPolicy(0, Duration.ZERO, Duration.ZERO);
        healthCheck = new ZohoShowTimeHealthCheck(() -> connections.all(),
                connection -> new ShowTimeClient(connection, noRetries, sleeper, events, classifier),
                Duration.ofMillis(healthCheckProbeInterval));
        HealthCheckRegistry registry = HealthCheckRegistry.get(getCamelContext());
        if (registry != null) {
            registry.register(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        HealthCheckRegistry registry = HealthCheckRegistry.get(getCamelContext());
        if (registry != null && healthCheck != null) {
            registry.unregister(healthCheck);
        }
        if (connections != null) {
            connections.closeAll();
        }
        super.doStop();
    }

    ShowTimeConnections connections() {
        if (connections == null) {
            throw new IllegalStateException("The zoho-showtime component is not started");
        }
        return connections;
    }

    RequestEvents events() {
        return events;
    }

    ObjectMapper mapper() {
        return mapper;
    }

    public ZohoShowTimeConfiguration getConfiguration() {
        return configuration;
    }

    /** The options shared by all endpoints. */
    public void setConfiguration(ZohoShowTimeConfiguration configuration) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
    }

    public String getOauthComponentName() {
        return oauthComponentName;
    }

    /** The name of the zoho-oauth component that provides the tokens. */
    public void setOauthComponentName(String oauthComponentName) {
        this.oauthComponentName = oauthComponentName;
    }

    public ZohoShowTimeSleeper getSleeper() {
        return sleeper;
    }

    /** Waits between retries; for tests. */
    public void setSleeper(ZohoShowTimeSleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    public long getHealthCheckProbeInterval() {
        return healthCheckProbeInterval;
    }

    /** How old the latest request's outcome may be before the readiness check probes, in milliseconds. */
    public void setHealthCheckProbeInterval(long healthCheckProbeInterval) {
        this.healthCheckProbeInterval = healthCheckProbeInterval;
    }
}
