package io.github.camelzoho.showtime.internal;

import io.github.camelzoho.showtime.ZohoShowTimeException;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Readiness of ShowTime for every (account, base URL) in use: DOWN when no access token can be had, or when ShowTime
 * cannot be reached or rejects the token. While requests flow, the latest request's outcome is used; when the last
 * outcome is older than {@code probeInterval}, one {@code GET /api/v4/org/portals.json} (without retries) is sent.
 */
public final class ZohoShowTimeHealthCheck implements HealthCheck {

    private final Supplier<Collection<ShowTimeConnection>> connections;
    private final Function<ShowTimeConnection, ShowTimeClient> probeClient;
    private final Duration probeInterval;
    private volatile boolean enabled = true;

    /**
     * @param connections   the connections in use
     * @param probeClient   a client without retries for a connection
     * @param probeInterval how old the last outcome may be before a probe is sent
     */
    public ZohoShowTimeHealthCheck(Supplier<Collection<ShowTimeConnection>> connections,
            Function<ShowTimeConnection, ShowTimeClient> probeClient, Duration probeInterval) {
        this.connections = connections;
        this.probeClient = probeClient;
        this.probeInterval = probeInterval;
    }

    @Override
    public String getGroup() {
        return "camel";
    }

    @Override
    public String getId() {
        return "zoho-showtime";
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this).up();
        for (ShowTimeConnection connection : connections.get()) {
            String prefix = "zoho.showtime." + connection.account() + ".";
            builder.detail(prefix + "apiUrl", connection.apiUrl());
            try {
                connection.tokens().accessToken();
            } catch (RuntimeException e) {
                builder.detail(prefix + "error", e.getMessage());
                builder.down().message("Zoho account '" + connection.account() + "' has no ShowTime token: "
                        + e.getMessage());
                continue;
            }
            Reachability.Outcome outcome = connection.reachability().last();
            if (outcome == null || System.nanoTime() - outcome.atNanos() > probeInterval.toNanos()) {
                probe(connection);
                outcome = connection.reachability().last();
            }
            builder.detail(prefix + "reachable", outcome != null && outcome.up());
            if (outcome != null && !outcome.up()) {
                builder.detail(prefix + "error", outcome.reason());
                builder.down().message("ShowTime at " + connection.apiUrl() + " for account '" + connection.account()
                        + "': " + outcome.reason());
            }
        }
        return builder.build();
    }

    private void probe(ShowTimeConnection connection) {
        try {
            probeClient.apply(connection).send(io.github.camelzoho.showtime.ZohoShowTimeOperation.listPortals, "GET",
                    ListPortalsOperation.PATH, null, true);
        } catch (ZohoShowTimeException e) {
            // the connection recorded the outcome
        }
    }
}
