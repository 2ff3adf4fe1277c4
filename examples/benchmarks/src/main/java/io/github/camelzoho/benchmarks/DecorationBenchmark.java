package io.github.camelzoho.benchmarks;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark 1, the decoration hot path: a {@code direct:} route with {@code to("zoho-oauth:token")} and a valid
 * cached token, against the floor, the same route with a processor that sets a constant {@code Authorization}
 * header. Both build one new exchange per operation and call the route's producer directly.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DecorationBenchmark {

    static final String CONSTANT_HEADER = "Zoho-oauthtoken " + LoopbackStub.ACCESS_TOKEN;

    @State(Scope.Benchmark)
    public static class Routes {
        LoopbackStub stub;
        CamelContext context;
        Producer zohoOAuth;
        Producer floor;

        @Setup(Level.Trial)
        public void start() throws Exception {
            stub = new LoopbackStub(0, 8);
            context = Contexts.create();
            Contexts.addZohoOAuth(context, stub.url(), Clock.systemUTC());
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:zoho-oauth").to("zoho-oauth:token");
                    from("direct:floor").process(e -> e.getMessage().setHeader("Authorization", CONSTANT_HEADER));
                }
            });
            context.start();
            zohoOAuth = context.getEndpoint("direct:zoho-oauth").createProducer();
            floor = context.getEndpoint("direct:floor").createProducer();
            zohoOAuth.start();
            floor.start();
            // the first exchange obtains the token; every measured one finds it cached and fresh
            Exchange first = new DefaultExchange(context);
            zohoOAuth.process(first);
            if (!CONSTANT_HEADER.equals(first.getMessage().getHeader("Authorization"))) {
                throw new IllegalStateException("zoho-oauth:token did not decorate the exchange: " + first.getException());
            }
        }

        @TearDown(Level.Trial)
        public void stop() {
            context.stop();
            stub.close();
        }
    }

    @Benchmark
    public Exchange zohoOAuthToken(Routes routes) throws Exception {
        Exchange exchange = new DefaultExchange(routes.context);
        routes.zohoOAuth.process(exchange);
        return exchange;
    }

    @Benchmark
    public Exchange floorConstantHeader(Routes routes) throws Exception {
        Exchange exchange = new DefaultExchange(routes.context);
        routes.floor.process(exchange);
        return exchange;
    }
}
