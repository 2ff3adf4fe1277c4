package io.github.camelzoho.sandbox.internal;

import io.github.camelzoho.sandbox.Fault;

/** Turns an injected fault into the reply a client would see. */
final class FaultReplies {

    private static final String BAD_GATEWAY_PAGE = """
            <html>
            <head><title>502 Bad Gateway</title></head>
            <body>
            <center><h1>502 Bad Gateway</h1></center>
            <hr><center>ZGS</center>
            </body>
            </html>
            """;

    private FaultReplies() {
    }

    static Reply of(Fault fault) {
        return switch (fault.kind()) {
            case TOO_MANY_REQUESTS -> ZohoErrors.reply(429, "TOO_MANY_REQUESTS",
                            "You have made too many requests. Please try again later.")
                    .withHeader("Retry-After", Long.toString(fault.duration().toSeconds()));
            case SERVICE_UNAVAILABLE -> ZohoErrors.reply(503, "SERVICE_UNAVAILABLE",
                    "The service is temporarily unavailable. Please try again later.");
            case BAD_GATEWAY_HTML -> Reply.html(502, BAD_GATEWAY_PAGE);
            case DELAY -> throw new IllegalArgumentException("a delay is not a reply");
        };
    }
}
