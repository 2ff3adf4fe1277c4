package io.github.camelzoho.oauth.cluster;

import com.zaxxer.hikari.HikariDataSource;
import io.github.camelzoho.oauth.ZohoAccountsStub;
import io.github.camelzoho.oauth.ZohoOAuthComponent;
import io.github.camelzoho.oauth.ZohoOAuthConfiguration;
import io.github.camelzoho.oauth.store.jdbc.OutageDataSource;
import io.github.camelzoho.oauth.store.jdbc.TestDatabase;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.core5.http.ClassicHttpResponse;

import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * One node of a simulated cluster: its own CamelContext, zoho-oauth component (so its own token manager), connection
 * pool and background-refresh pool, on the shared database. Its route decorates exchanges with the account's token.
 * It can be killed in the middle of a refresh: right after Zoho answered, before anything is saved or released.
 */
final class ClusterNode implements AutoCloseable {

    final String name;
    private final HikariDataSource pool;
    private final DefaultCamelContext context;
    private final DrainableExecutor background;
    private final ProducerTemplate template;
    private final IssuingZoho zoho;
    private final AtomicBoolean dieOnNextTokenRequest = new AtomicBoolean();
    private final AtomicBoolean dead = new AtomicBoolean();
    final AtomicInteger exchanges = new AtomicInteger();
    final AtomicInteger failures = new AtomicInteger();

    /**
     * @param endpointOptions the zoho-oauth:token options (bootstrap, store table, key), as a user would write them
     * @param databaseDown    when true, the database is down for every node
     */
    ClusterNode(String name, Clock clock, IssuingZoho zoho, String endpointOptions, BooleanSupplier databaseDown)
            throws Exception {
        this.name = name;
        this.zoho = zoho;
        pool = TestDatabase.pool(name, 2);
        background = new DrainableExecutor(name + "-refresh");
        context = new DefaultCamelContext();
        context.getRegistry().bind("tokenDataSource",
                new OutageDataSource(pool, () -> dead.get() || databaseDown.getAsBoolean()));
        ZohoOAuthComponent component = new ZohoOAuthComponent();
        component.setClock(clock);
        component.setRefreshExecutorService(background);
        component.setAccountsHttpClientConfigurer(killSwitch());
        ZohoOAuthConfiguration config = component.getConfiguration();
        config.setClientId(ZohoAccountsStub.CLIENT_ID);
        config.setClientSecret(ZohoAccountsStub.CLIENT_SECRET);
        config.setAccountsUrl(zoho.url());
        context.addComponent("zoho-oauth", component);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").to("zoho-oauth:token?tokenStoreDataSource=#tokenDataSource&" + endpointOptions);
            }
        });
        context.start();
        template = context.createProducerTemplate();
    }

    private HttpClientConfigurer killSwitch() {
        return builder -> builder.addExecInterceptorLast("kill-switch", (request, scope, chain) -> {
            ClassicHttpResponse response = chain.proceed(request, scope);
            if (dieOnNextTokenRequest.compareAndSet(true, false)) {
                dead.set(true); // Zoho has issued a token; this node never saves it nor releases its lease
                response.close();
                throw new IOException("node " + name + " killed (simulated)");
            }
            return response;
        });
    }

    /** Sends one exchange; counts it as failed unless it left carrying a token Zoho accepts now. */
    void call() {
        exchanges.incrementAndGet();
        try {
            Exchange out = template.request("direct:call", e -> { });
            String auth = out.getException() == null ? out.getMessage().getHeader("Authorization", String.class) : null;
            if (auth == null || !zoho.isValid(auth.substring("Zoho-oauthtoken ".length()))) {
                failures.incrementAndGet();
                if (failures.get() <= 3) {
                    System.out.println(name + ": exchange without a valid token: "
                            + (out.getException() != null ? out.getException().getMessage() : "expired token"));
                }
            }
        } catch (RuntimeException e) {
            failures.incrementAndGet();
        }
    }

    void dieOnNextTokenRequest() {
        dieOnNextTokenRequest.set(true);
    }

    boolean isDead() {
        return dead.get();
    }

    void awaitBackgroundRefreshes() throws InterruptedException {
        background.awaitIdle();
    }

    @Override
    public void close() {
        try {
            context.stop();
        } finally {
            background.shutdownNow();
            pool.close();
        }
    }
}
