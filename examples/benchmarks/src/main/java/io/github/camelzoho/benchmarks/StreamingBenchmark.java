package io.github.camelzoho.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelzoho.oauth.ZohoOAuthHttpClientConfigurer;
import io.github.camelzoho.showtime.ZohoShowTimeComponent;
import io.github.camelzoho.showtime.model.Talk;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.ScheduledPollConsumer;
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
import org.openjdk.jmh.infra.Blackhole;

import java.io.InputStream;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark 5, streaming: one operation walks a listing of {@code talks} talks in pages of {@code pageSize} (100,000
 * over 1,000 pages in the full run), in a JVM with {@code -Xmx64m}, with default settings otherwise: the producer with
 * {@code streaming=true} (a lazy {@code Iterator<Talk>}), one poll of the consumer (default {@code onlyNew=true} with
 * its in-memory repository, so every talk is fingerprinted and remembered), and raw camel-http + Jackson page by page.
 * Pages per second = pages / (seconds per operation); {@link HeapProfiler} reports the heap.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StreamingBenchmark {

    @State(Scope.Benchmark)
    public static class Listing {
        @Param("100000")
        public int talks;
        @Param("100")
        public int pageSize;

        TalkPagesServer server;
        CamelContext context;
        ProducerTemplate template;
        Producer rawPage;
        ObjectMapper mapper = new ObjectMapper();
        final AtomicLong consumed = new AtomicLong();

        @Setup(Level.Trial)
        public void start() throws Exception {
            server = new TalkPagesServer(talks);
            context = Contexts.create();
            Contexts.addZohoOAuth(context, server.url(), Clock.systemUTC());
            ZohoShowTimeComponent showtime = new ZohoShowTimeComponent();
            showtime.getConfiguration().setApiUrl(server.url());
            context.addComponent("zoho-showtime", showtime);
            context.getRegistry().bind("zohoAuth", new ZohoOAuthHttpClientConfigurer(context, "default"));
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:stream").to("zoho-showtime:listTalks?orgId=" + TalksJson.ORG_ID + "&pageSize=" + pageSize
                            + "&streaming=true");
                    from("direct:raw-page").to(server.url() + TalksJson.TALKS_PATH + "?httpClientConfigurer=#zohoAuth");
                }
            });
            context.start();
            template = context.createProducerTemplate();
            rawPage = HttpAuthBenchmark.Routes.producer(context, "direct:raw-page");
        }

        long expectPages() {
            return (talks + pageSize - 1) / pageSize;
        }

        void check(long count) {
            if (count != talks) {
                throw new IllegalStateException("expected " + talks + " talks, got " + count);
            }
        }

        @TearDown(Level.Trial)
        public void stop() {
            template.stop();
            context.stop();
            server.close();
        }
    }

    /** A new consumer per operation, so each poll meets 100,000 new talks with an empty default repository. */
    @State(Scope.Thread)
    public static class Poll {
        ScheduledPollConsumer consumer;

        @Setup(Level.Invocation)
        public void create(Listing listing, Blackhole blackhole) throws Exception {
            listing.consumed.set(0);
            Consumer c = listing.context.getEndpoint("zoho-showtime:listTalks?orgId=" + TalksJson.ORG_ID + "&pageSize="
                    + listing.pageSize + "&startScheduler=false").createConsumer(exchange -> {
                        blackhole.consume(exchange.getMessage().getBody());
                        listing.consumed.incrementAndGet();
                    });
            consumer = (ScheduledPollConsumer) c;
            consumer.start();
        }

        @TearDown(Level.Invocation)
        public void stop() {
            consumer.stop();
        }
    }

    @Benchmark
    public long producerStreaming(Listing listing, Blackhole blackhole) {
        Iterator<?> it = listing.template.requestBody("direct:stream", null, Iterator.class);
        long count = 0;
        while (it.hasNext()) {
            blackhole.consume(it.next());
            count++;
        }
        listing.check(count);
        return count;
    }

    @Benchmark
    public long consumerPoll(Listing listing, Poll poll) {
        poll.consumer.run();
        long count = listing.consumed.get();
        listing.check(count);
        return count;
    }

    @Benchmark
    public long rawCamelHttpJackson(Listing listing, Blackhole blackhole) throws Exception {
        long count = 0;
        for (int si = 0; si < listing.talks; si += listing.pageSize) {
            Exchange exchange = new DefaultExchange(listing.context);
            exchange.getMessage().setHeader(Exchange.HTTP_QUERY, "filter=1&limit=" + listing.pageSize + "&si=" + si);
            listing.rawPage.process(exchange);
            if (exchange.getException() != null) {
                throw exchange.getException();
            }
            List<Talk> page = RawTalkPage.read(listing.mapper, exchange.getMessage().getBody(InputStream.class));
            for (Talk talk : page) {
                blackhole.consume(talk);
                count++;
            }
        }
        listing.check(count);
        return count;
    }
}
