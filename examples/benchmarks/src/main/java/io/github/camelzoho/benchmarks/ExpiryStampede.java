package io.github.camelzoho.benchmarks;

import io.github.camelzoho.oauth.ZohoOAuthComponent;
import io.github.camelzoho.oauth.ZohoOAuthHttpClientConfigurer;
import io.github.camelzoho.oauth.internal.token.TokenManager;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.component.http.OAuth2ClientConfigurer;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark 3, the expiry stampede: {@code concurrency} exchanges released at once, each a camel-http GET to the stub
 * authenticated by {@link ZohoOAuthHttpClientConfigurer} or by camel-http's OAuth2 cache, while the token endpoint
 * answers after {@code tokenDelay}. One round per phase:
 * <ul>
 * <li>FRESH: the cached token is valid, nothing to refresh: the latency floor of this much concurrency;</li>
 * <li>STALE: zoho-oauth's clock is inside the refresh margin (5 minutes before expiry): callers should not wait, one
 * background refresh should run. camel-http has no such window;</li>
 * <li>EXPIRED: past hard expiry: callers wait for one refresh. zoho-oauth's clock is moved past the token's expiry
 * (its {@code clock} option); camel-http's cached entries are set to have expired a second ago (it reads the wall
 * clock, so its cache entry is rewritten, by reflection).</li>
 * </ul>
 * Token requests are counted by the stub per round; a round ends when every exchange and any background refresh is
 * done. The suite runs the rounds of all clients and phases in turn (warm-up rounds first), so neither client gets a
 * warmer JVM than the other.
 */
public final class ExpiryStampede implements AutoCloseable {

    public enum Client { ZOHO_OAUTH, CAMEL_HTTP_OAUTH2 }

    public enum Phase { FRESH, STALE, EXPIRED }

    /** One round: the token requests it caused, each exchange's latency, and the exchanges that failed. */
    public record Round(int tokenRequests, long[] latencyNanos, int failures) {
    }

    /** The rounds of one client and phase, summed up. */
    public record Result(Client client, Phase phase, int rounds, int minTokenRequests, int maxTokenRequests,
            double meanTokenRequests, double p50Millis, double p99Millis, double maxMillis, int failures) {
    }

    private final int concurrency;
    private final LoopbackStub stub;
    private final MutableClock clock = new MutableClock(Instant.now());
    private final CamelContext context;
    private final ZohoOAuthComponent oauth;
    private final ProducerTemplate template;
    private final ExecutorService callers;

    public ExpiryStampede(int concurrency, int tokenDelayMillis) throws Exception {
        this.concurrency = concurrency;
        // Jetty threads and pool sizes cover every exchange and token request at once, for both clients alike, so
        // neither waits for a connection or a server thread: what is measured is waiting for the token.
        stub = new LoopbackStub(tokenDelayMillis, 2 * concurrency + 32);
        context = Contexts.create();
        oauth = Contexts.addZohoOAuth(context, stub.url(), clock);
        HttpComponent http = context.getComponent("http", HttpComponent.class);
        http.setMaxTotalConnections(4 * concurrency);
        http.setConnectionsPerRoute(2 * concurrency);
        context.getRegistry().bind("zohoAuth", new ZohoOAuthHttpClientConfigurer(context, "default"));
        String ping = stub.url() + LoopbackStub.PING_PATH;
        String camelHttpOAuth2 = ping + "?oauth2ClientId=" + LoopbackStub.CLIENT_ID + "&oauth2ClientSecret=RAW("
                + LoopbackStub.CLIENT_SECRET + ")&oauth2TokenEndpoint=" + stub.url() + LoopbackStub.TOKEN_PATH
                + "&oauth2CacheTokens=true";
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:" + Client.ZOHO_OAUTH).to(ping + "?httpClientConfigurer=#zohoAuth");
                from("direct:" + Client.CAMEL_HTTP_OAUTH2).to(camelHttpOAuth2);
            }
        });
        context.start();
        template = context.createProducerTemplate();
        callers = Executors.newFixedThreadPool(concurrency);
        for (Client client : Client.values()) {
            send(client); // each client holds a valid token before the first round
        }
    }

    /** Sums up the measured rounds of {@code client} in {@code phase}. */
    public static Result summarize(Client client, Phase phase, List<Round> measured) {
        long[] all = measured.stream().flatMapToLong(r -> Arrays.stream(r.latencyNanos())).sorted().toArray();
        int min = measured.stream().mapToInt(Round::tokenRequests).min().orElse(0);
        int max = measured.stream().mapToInt(Round::tokenRequests).max().orElse(0);
        double mean = measured.stream().mapToInt(Round::tokenRequests).average().orElse(0);
        int failures = measured.stream().mapToInt(Round::failures).sum();
        return new Result(client, phase, measured.size(), min, max, mean, millis(percentile(all, 0.50)),
                millis(percentile(all, 0.99)), millis(all.length == 0 ? 0 : all[all.length - 1]), failures);
    }

    /** One round: sets the token's state, releases every exchange at once, waits for all and any refresh. */
    public Round round(Client client, Phase phase) throws Exception {
        Instant expiryBefore = prepare(client, phase);
        int before = stub.tokenRequests();
        long[] latencies = new long[concurrency];
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(concurrency);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(concurrency);
        for (int i = 0; i < concurrency; i++) {
            int slot = i;
            callers.execute(() -> {
                try {
                    ready.countDown();
                    go.await();
                    long start = System.nanoTime();
                    Exchange exchange = template.send("direct:" + client, e -> { });
                    latencies[slot] = System.nanoTime() - start;
                    if (exchange.getException() != null) {
                        failures.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failures.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
        }
        if (!ready.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("callers did not start");
        }
        go.countDown();
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the round did not finish in 60 s");
        }
        if (client == Client.ZOHO_OAUTH && phase == Phase.STALE) {
            awaitBackgroundRefresh(expiryBefore);
        }
        return new Round(stub.tokenRequests() - before, latencies, failures.get());
    }

    private Instant prepare(Client client, Phase phase) throws Exception {
        if (client == Client.ZOHO_OAUTH) {
            Instant expiry = manager().cachedExpiry();
            switch (phase) {
                case FRESH -> clock.set(expiry.minus(Duration.ofMinutes(50)));
                case STALE -> clock.set(expiry.minus(Duration.ofMinutes(2))); // inside refreshMargin (5 min)
                case EXPIRED -> clock.set(expiry.plusSeconds(1));
            }
            return expiry;
        }
        switch (phase) {
            case FRESH -> { }
            case STALE -> throw new IllegalArgumentException("camel-http's OAuth2 cache has no stale window");
            case EXPIRED -> expireCamelHttpCache();
        }
        return null;
    }

    private TokenManager manager() {
        return (TokenManager) oauth.getTokenProvider("default");
    }

    private void awaitBackgroundRefresh(Instant expiryBefore) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (expiryBefore.equals(manager().cachedExpiry())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the background refresh did not complete within 10 s");
            }
            Thread.sleep(5);
        }
    }

    /** Sets every entry of camel-http's JVM-wide token cache to have expired a second ago. */
    private static void expireCamelHttpCache() throws Exception {
        Field cacheField = OAuth2ClientConfigurer.class.getDeclaredField("tokenCache");
        cacheField.setAccessible(true);
        Map<?, ?> cache = (Map<?, ?>) cacheField.get(null);
        if (cache.isEmpty()) {
            throw new IllegalStateException("camel-http's token cache is empty");
        }
        for (Object entry : cache.values()) {
            Field expiration = entry.getClass().getDeclaredField("expirationTime");
            expiration.setAccessible(true);
            expiration.set(entry, Instant.now().minusSeconds(1));
        }
    }

    private void send(Client client) {
        Exchange exchange = template.send("direct:" + client, e -> { });
        if (exchange.getException() != null) {
            throw new IllegalStateException(client + " could not call the stub", exchange.getException());
        }
    }

    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    @Override
    public void close() {
        callers.shutdownNow();
        template.stop();
        context.stop();
        stub.close();
    }
}
