package io.github.camelzoho.benchmarks;

import io.github.camelzoho.oauth.ZohoOAuthHttpClientConfigurer;
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
 * Benchmark 2: one camel-http GET to the same loopback stub endpoint, authenticated four ways: not at all (the
 * floor), with {@link ZohoOAuthHttpClientConfigurer}, with camel-http's built-in OAuth2 client
 * ({@code oauth2ClientId}…, {@code oauth2CacheTokens=true}) and with a hand-written token bean and setHeader. Same
 * http component, pool sizes and stub for all; token requests are counted by the stub ({@link StubProfiler}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HttpAuthBenchmark {

    @State(Scope.Benchmark)
    public static class Routes {
        LoopbackStub stub;
        CamelContext context;
        Producer none;
        Producer zohoOAuth;
        Producer camelHttpOAuth2;
        Producer handWritten;

        @Setup(Level.Trial)
        public void start() throws Exception {
            stub = new LoopbackStub(0, 16);
            StubProfiler.watch(stub);
            context = Contexts.create();
            Contexts.addZohoOAuth(context, stub.url(), Clock.systemUTC());
            context.getRegistry().bind("zohoAuth", new ZohoOAuthHttpClientConfigurer(context, "default"));
            HandWrittenTokenBean tokenBean = new HandWrittenTokenBean(stub.url());
            String ping = stub.url() + LoopbackStub.PING_PATH;
            String camelHttpOAuth2Uri = ping + "?oauth2ClientId=" + LoopbackStub.CLIENT_ID
                    + "&oauth2ClientSecret=RAW(" + LoopbackStub.CLIENT_SECRET + ")"
                    + "&oauth2TokenEndpoint=" + stub.url() + LoopbackStub.TOKEN_PATH + "&oauth2CacheTokens=true";
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:none").to(stub.url() + LoopbackStub.OPEN_PATH);
                    from("direct:zoho-oauth").to(ping + "?httpClientConfigurer=#zohoAuth");
                    from("direct:camel-http-oauth2").to(camelHttpOAuth2Uri);
                    from("direct:hand-written")
                            .process(e -> e.getMessage().setHeader("Authorization", tokenBean.authorization()))
                            .to(ping);
                }
            });
            context.start();
            none = producer(context, "direct:none");
            zohoOAuth = producer(context, "direct:zoho-oauth");
            camelHttpOAuth2 = producer(context, "direct:camel-http-oauth2");
            handWritten = producer(context, "direct:hand-written");
        }

        static Producer producer(CamelContext context, String uri) throws Exception {
            Producer producer = context.getEndpoint(uri).createProducer();
            producer.start();
            return producer;
        }

        @TearDown(Level.Trial)
        public void stop() {
            context.stop();
            stub.close();
        }
    }

    static Exchange send(CamelContext context, Producer producer) throws Exception {
        Exchange exchange = new DefaultExchange(context);
        producer.process(exchange);
        if (exchange.getException() != null) {
            throw exchange.getException();
        }
        return exchange;
    }

    @Benchmark
    public Exchange noAuth(Routes r) throws Exception {
        return send(r.context, r.none);
    }

    @Benchmark
    public Exchange zohoOAuthConfigurer(Routes r) throws Exception {
        return send(r.context, r.zohoOAuth);
    }

    @Benchmark
    public Exchange camelHttpOAuth2(Routes r) throws Exception {
        return send(r.context, r.camelHttpOAuth2);
    }

    @Benchmark
    public Exchange handWrittenTokenBean(Routes r) throws Exception {
        return send(r.context, r.handWritten);
    }
}
