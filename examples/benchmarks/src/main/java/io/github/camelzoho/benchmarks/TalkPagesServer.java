package io.github.camelzoho.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A ShowTime stub for the streaming benchmark: a listing of {@code total} talks, each page generated when it is asked
 * for ({@code limit}, {@code si}), so the stub holds no listing in memory and the heap measured is the client's. A JDK
 * HTTP server on 127.0.0.1 rather than WireMock, whose journal and stub store would sit in the 64 MB heap measured. It
 * also answers the token endpoint, and refuses talk requests without a Zoho token.
 */
public final class TalkPagesServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final AtomicInteger pagesServed = new AtomicInteger();
    private final int total;

    public TalkPagesServer(int total) throws IOException {
        this.total = total;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(executor);
        server.createContext(LoopbackStub.TOKEN_PATH, exchange -> answer(exchange, 200, ("{\"access_token\":\""
                + LoopbackStub.ACCESS_TOKEN + "\",\"api_domain\":\"https://www.zohoapis.com\",\"token_type\":\"Bearer\","
                + "\"expires_in\":3600}").getBytes(StandardCharsets.UTF_8)));
        server.createContext(TalksJson.TALKS_PATH, this::talks);
        server.start();
    }

    private void talks(HttpExchange exchange) throws IOException {
        if (!("Zoho-oauthtoken " + LoopbackStub.ACCESS_TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, "{\"code\":\"INVALID_TOKEN\",\"status\":\"error\"}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        Map<String, String> query = query(exchange.getRequestURI());
        int limit = Integer.parseInt(query.getOrDefault("limit", "100"));
        int si = Integer.parseInt(query.getOrDefault("si", "0"));
        int count = Math.max(0, Math.min(limit, total - si));
        pagesServed.incrementAndGet();
        answer(exchange, 200, TalksJson.page(si + 1, count, total));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return params;
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getRequestBody().readAllBytes();
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int pagesServed() {
        return pagesServed.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
