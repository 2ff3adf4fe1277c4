package io.github.camelzoho.oauth.internal.metrics;

import io.github.camelzoho.oauth.internal.accounts.GrantType;
import io.github.camelzoho.oauth.internal.token.TokenEvents;
import io.github.camelzoho.oauth.internal.token.TokenManager;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.camel.CamelContext;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Meters (tags carry the account name, never a token): {@code zoho.oauth.token.requests} (timer by grant type and
 * outcome), {@code zoho.oauth.rate.limited} (counter), {@code zoho.oauth.token.expiry} (gauge, seconds until the
 * current token expires).
 */
final class MicrometerTokenEvents implements TokenEvents {

    static final String REGISTRY_NAME = "metricsRegistry";

    private final MeterRegistry registry;
    private final String camelContext;

    private MicrometerTokenEvents(MeterRegistry registry, String camelContext) {
        this.registry = registry;
        this.camelContext = camelContext;
    }

    static TokenEvents create(CamelContext context) {
        MeterRegistry registry = lookup(context);
        return registry == null ? TokenEvents.NONE : new MicrometerTokenEvents(registry, context.getName());
    }

    static void registerExpiryGauge(CamelContext context, TokenManager manager, Clock clock) {
        MeterRegistry registry = lookup(context);
        if (registry == null) {
            return;
        }
        Gauge.builder("zoho.oauth.token.expiry", manager, m -> secondsLeft(m, clock))
                .description("Seconds until the account's current access token expires (negative: expired or none)")
                .baseUnit("seconds")
                .tag("camelContext", context.getName())
                .tag("account", manager.account())
                .register(registry);
    }

    private static double secondsLeft(TokenManager manager, Clock clock) {
        Instant expiresAt = manager.cachedExpiry();
        return expiresAt == null ? -1 : (expiresAt.toEpochMilli() - clock.millis()) / 1000.0;
    }

    private static MeterRegistry lookup(CamelContext context) {
        MeterRegistry byName = context.getRegistry().lookupByNameAndType(REGISTRY_NAME, MeterRegistry.class);
        return byName != null ? byName : context.getRegistry().findSingleByType(MeterRegistry.class);
    }

    @Override
    public void tokenRequest(String account, GrantType grantType, String outcome, long durationNanos) {
        Timer.builder("zoho.oauth.token.requests")
                .description("Token requests sent to the Zoho accounts server")
                .tag("camelContext", camelContext)
                .tag("account", account)
                .tag("grantType", grantType.wireName())
                .tag("outcome", outcome)
                .register(registry)
                .record(durationNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void rateLimited(String account) {
        Counter.builder("zoho.oauth.rate.limited")
                .description("Token requests refused by Zoho's throttle or held back by the component's budget")
                .tag("camelContext", camelContext)
                .tag("account", account)
                .register(registry)
                .increment();
    }
}
