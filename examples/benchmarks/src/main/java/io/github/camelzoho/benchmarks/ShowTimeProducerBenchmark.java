package io.github.camelzoho.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelzoho.oauth.ZohoOAuthHttpClientConfigurer;
import io.github.camelzoho.showtime.ZohoShowTimeComponent;
import io.github.camelzoho.showtime.model.Talk;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.builder.RouteBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark 4, the ShowTime producer's overhead: {@code zoho-showtime:listTalks} against raw camel-http + Jackson
 * (binding the same model classes and joining talks with sessions and members, as the component does) to the same
 * WireMock page of talks, both authenticated by {@link ZohoOAuthHttpClientConfigurer} on the same http component.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ShowTimeProducerBenchmark {

    @State(Scope.Benchmark)
    public static class Routes {
        @Param("100")
        public int talksPerPage;

        LoopbackStub stub;
        CamelContext context;
        Producer showTime;
        Producer raw;

        @Setup(Level.Trial)
        public void start() throws Exception {
            stub = new LoopbackStub(0, 16);
            stub.stubGet(TalksJson.TALKS_PATH, TalksJson.page(1, talksPerPage, talksPerPage));
            context = Contexts.create();
            Contexts.addZohoOAuth(context, stub.url(), Clock.systemUTC());
            ZohoShowTimeComponent showtime = new ZohoShowTimeComponent();
            showtime.getConfiguration().setApiUrl(stub.url());
            context.addComponent("zoho-showtime", showtime);
            context.getRegistry().bind("zohoAuth", new ZohoOAuthHttpClientConfigurer(context, "default"));
            ObjectMapper mapper = new ObjectMapper();
            int limit = talksPerPage;
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:showtime").to("zoho-showtime:listTalks?orgId=" + TalksJson.ORG_ID + "&pageSize=" + limit);
                    from("direct:raw")
                            .to(stub.url() + TalksJson.TALKS_PATH + "?filter=1&limit=" + limit
                                    + "&si=0&httpClientConfigurer=#zohoAuth")
                            .process(e -> e.getMessage().setBody(
                                    RawTalkPage.read(mapper, e.getMessage().getBody(InputStream.class))));
                }
            });
            context.start();
            showTime = HttpAuthBenchmark.Routes.producer(context, "direct:showtime");
            raw = HttpAuthBenchmark.Routes.producer(context, "direct:raw");
            check(HttpAuthBenchmark.send(context, showTime));
            check(HttpAuthBenchmark.send(context, raw));
        }

        private void check(Exchange exchange) {
            List<?> talks = exchange.getMessage().getBody(List.class);
            if (talks == null || talks.size() != talksPerPage || ((Talk) talks.get(0)).getSession() == null) {
                throw new IllegalStateException("expected " + talksPerPage + " joined talks, got " + talks);
            }
        }

        @TearDown(Level.Trial)
        public void stop() {
            context.stop();
            stub.close();
        }
    }

    @Benchmark
    public Exchange zohoShowTimeListTalks(Routes r) throws Exception {
        return HttpAuthBenchmark.send(r.context, r.showTime);
    }

    @Benchmark
    public Exchange rawCamelHttpJackson(Routes r) throws Exception {
        return HttpAuthBenchmark.send(r.context, r.raw);
    }
}
