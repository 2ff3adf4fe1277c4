package io.github.camelzoho.sandbox;

import io.github.camelzoho.sandbox.internal.CounterRegistry;
import java.util.Map;

/**
 * Read access to the sandbox's request counters.
 *
 * <p>Counter names are dot-separated:
 * <ul>
 *   <li>{@code authorize.<outcome>}: {@code /oauth/v2/auth} requests, outcome {@code consent_page}, {@code redirect},
 *       {@code denied} or an error code such as {@code invalid_client};</li>
 *   <li>{@code token.<grant_type>.<outcome>}: token requests, grant type {@code authorization_code},
 *       {@code refresh_token}, {@code client_credentials} or {@code unsupported}; outcome {@code success},
 *       {@code throttled} or the returned {@code error} value;</li>
 *   <li>{@code revoke.<outcome>}: {@code success} or {@code invalid_token};</li>
 *   <li>{@code showtime.<endpoint>.<status>}: ShowTime calls, endpoint {@code portals}, {@code talks},
 *       {@code createSession}, {@code deleteSession} or {@code fieldAnswers}, status the HTTP status sent;</li>
 *   <li>{@code fault.<kind>}: injected faults, see {@link Fault.Kind}.</li>
 * </ul>
 * The same map is served as JSON by {@code GET /sandbox/counters}.
 */
public final class SandboxCounters {

    private final CounterRegistry registry;

    SandboxCounters(CounterRegistry registry) {
        this.registry = registry;
    }

    /**
     * Returns one counter.
     *
     * @param name the full counter name, e.g. {@code token.refresh_token.success}
     * @return its value, 0 if it was never incremented
     */
    public long get(String name) {
        return registry.get(name);
    }

    /**
     * Returns the number of token requests of a grant type with an outcome.
     *
     * @param grantType e.g. {@code refresh_token}
     * @param outcome {@code success}, {@code throttled} or an error code such as {@code invalid_code}
     * @return the count
     */
    public long tokenRequests(String grantType, String outcome) {
        return registry.get("token." + grantType + "." + outcome);
    }

    /**
     * Returns the number of ShowTime calls to an endpoint answered with a status.
     *
     * @param endpoint {@code portals}, {@code talks}, {@code createSession}, {@code deleteSession} or
     *     {@code fieldAnswers}
     * @param status the HTTP status code
     * @return the count
     */
    public long showTimeCalls(String endpoint, int status) {
        return registry.get("showtime." + endpoint + "." + status);
    }

    /**
     * Sums all counters whose name starts with a prefix.
     *
     * @param prefix e.g. {@code token.} for all token requests or {@code showtime.talks.} for all talk listings
     * @return the sum
     */
    public long total(String prefix) {
        return registry.total(prefix);
    }

    /**
     * Returns a copy of all counters.
     *
     * @return counter name to value, sorted by name
     */
    public Map<String, Long> snapshot() {
        return registry.snapshot();
    }

    /** Sets every counter back to zero. */
    public void reset() {
        registry.reset();
    }
}
