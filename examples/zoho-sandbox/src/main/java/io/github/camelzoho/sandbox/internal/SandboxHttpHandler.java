package io.github.camelzoho.sandbox.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.camelzoho.sandbox.Fault;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The single HTTP entry point: decodes the exchange, applies faults, dispatches to a route, counts ShowTime calls and
 * writes the reply. Only method, path and status are logged: query strings and bodies carry codes, tokens and
 * secrets.
 */
final class SandboxHttpHandler implements HttpHandler {

    private static final System.Logger LOG = System.getLogger("io.github.camelzoho.sandbox");

    private final Router router;
    private final FaultPlan faults;
    private final CounterRegistry counters;

    SandboxHttpHandler(Router router, FaultPlan faults, CounterRegistry counters) {
        this.router = router;
        this.faults = faults;
        this.counters = counters;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Request request = decode(exchange);
            Optional<Router.Match> match = router.match(request.method(), request.path());
            Reply reply = answer(request, match);
            match.map(m -> m.route().showTimeName()).ifPresent(
                    name -> counters.increment("showtime." + name + "." + reply.status()));
            LOG.log(Level.DEBUG, () -> request.method() + " " + request.path() + " -> " + reply.status());
            write(exchange, reply);
        }
    }

    private Reply answer(Request request, Optional<Router.Match> match) {
        if (!request.path().startsWith("/sandbox/")) {
            Optional<Fault> fault = faults.nextFor(request.path());
            if (fault.isPresent()) {
                counters.increment("fault." + fault.get().kind().name().toLowerCase(Locale.ROOT));
                if (fault.get().kind() != Fault.Kind.DELAY) {
                    return FaultReplies.of(fault.get());
                }
                if (!pause(fault.get())) {
                    return FaultReplies.of(Fault.serviceUnavailable());
                }
            }
        }
        if (match.isEmpty()) {
            return ZohoErrors.notFound("Please check if the URL trying to access is a correct one");
        }
        if (match.get().wrongMethod()) {
            return ZohoErrors.reply(405, "METHOD_NOT_ALLOWED", "The requested method is not allowed");
        }
        try {
            return match.get().route().endpoint().handle(request.withPathParams(match.get().pathParams()));
        } catch (BadRequest e) {
            return ZohoErrors.invalidData(e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "sandbox failure on " + request.method() + " " + request.path(), e);
            return ZohoErrors.reply(500, "INTERNAL_ERROR", "internal sandbox error");
        }
    }

    /** Returns false if the sandbox is shutting down while the reply is delayed. */
    private static boolean pause(Fault delay) {
        try {
            Thread.sleep(delay.duration().toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Request decode(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        Map<String, String> params = FormEncoding.decode(exchange.getRequestURI().getRawQuery());
        String contentType = headers.getOrDefault("content-type", "");
        if (contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            params.putAll(FormEncoding.decode(new String(body, StandardCharsets.UTF_8)));
        }
        return new Request(exchange.getRequestMethod().toUpperCase(Locale.ROOT), exchange.getRequestURI().getPath(),
                params, headers, body, List.of());
    }

    private static void write(HttpExchange exchange, Reply reply) throws IOException {
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.getResponseHeaders().set("Server", "ZGS");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (reply.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        }
        // -1 = no body at all; HttpServer otherwise switches to chunked encoding for length 0.
        exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
        if (reply.body().length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        }
    }
}
