package io.github.camelzoho.showtime.internal;

import io.github.camelzoho.showtime.ZohoShowTimeOperation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.camel.CamelContext;

import java.util.concurrent.TimeUnit;

/**
 * Micrometer meters, published only when Micrometer is on the classpath and the Camel registry holds a
 * {@code MeterRegistry} (named {@code metricsRegistry}, or the only one): {@code zoho.showtime.requests} (timer by
 * operation, account and outcome) and {@code zoho.showtime.retries} (counter by operation, account and reason).
 */
public final class RequestMetrics {

    static final String REGISTRY_NAME = "metricsRegistry";
    private static final boolean MICROMETER = isPresent("io.micrometer.core.instrument.MeterRegistry");

    private RequestMetrics() {
    }

    /** The events sink for {@code context}: meters when a registry exists, else {@link RequestEvents#NONE}. */
    public static RequestEvents bind(CamelContext context) {
        return MICROMETER ? Micrometer.create(context) : RequestEvents.NONE;
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, RequestMetrics.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Kept in a nested class so that no Micrometer type is loaded when Micrometer is absent. */
    private static final class Micrometer implements RequestEvents {

        private final MeterRegistry registry;
        private final String camelContext;

        private Micrometer(MeterRegistry registry, String camelContext) {
            this.registry = registry;
            this.camelContext = camelContext;
        }

        static RequestEvents create(CamelContext context) {
            MeterRegistry byName = context.getRegistry().lookupByNameAndType(REGISTRY_NAME, MeterRegistry.class);
            MeterRegistry registry = byName != null ? byName : context.getRegistry().findSingleByType(MeterRegistry.class);
            return registry == null ? RequestEvents.NONE : new Micrometer(registry, context.getName());
        }

        @Override
        public void completed(ZohoShowTimeOperation operation, String account, String outcome, long durationNanos) {
            Timer.builder("zoho.showtime.requests")
                    .description("ShowTime operations, including their retries")
                    .tag("camelContext", camelContext)
                    .tag("operation", operation.name())
                    .tag("account", account)
                    .tag("outcome", outcome)
                    .register(registry)
                    .record(durationNanos, TimeUnit.NANOSECONDS);
        }

        @Override
        public void retried(ZohoShowTimeOperation operation, String account, String reason) {
            Counter.builder("zoho.showtime.retries")
                    .description("ShowTime requests sent again after a transient failure")
                    .tag("camelContext", camelContext)
                    .tag("operation", operation.name())
                    .tag("account", account)
                    .tag("reason", reason)
                    .register(registry)
                    .increment();
        }
    }
}
