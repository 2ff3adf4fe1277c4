package io.github.camelzoho.oauth.internal.metrics;

import io.github.camelzoho.oauth.internal.token.TokenEvents;
import io.github.camelzoho.oauth.internal.token.TokenManager;
import org.apache.camel.CamelContext;

import java.time.Clock;

/**
 * Publishes meters only when Micrometer is on the classpath and the application put a {@code MeterRegistry} in the
 * Camel registry; this class never touches a Micrometer type itself, so the dependency stays optional.
 */
public final class TokenMetrics {

    private static final boolean MICROMETER = isPresent("io.micrometer.core.instrument.MeterRegistry");

    private TokenMetrics() {
    }

    public static TokenEvents bind(CamelContext context) {
        return MICROMETER ? MicrometerTokenEvents.create(context) : TokenEvents.NONE;
    }

    public static void registerExpiryGauge(CamelContext context, TokenManager manager, Clock clock) {
        if (MICROMETER) {
            MicrometerTokenEvents.registerExpiryGauge(context, manager, clock);
        }
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, TokenMetrics.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
