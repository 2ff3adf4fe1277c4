package io.github.camelzoho.sandbox.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelzoho.sandbox.SandboxClock;
import java.time.Duration;

/** Sandbox-only {@code GET /sandbox/clock} and {@code POST /sandbox/clock/advance?seconds=N}. */
final class ClockAdmin {

    private final SandboxClock clock;

    ClockAdmin(SandboxClock clock) {
        this.clock = clock;
    }

    Reply read(Request request) {
        ObjectNode body = Json.object();
        body.put("now", clock.millis());
        body.put("offsetSeconds", clock.offset().toSeconds());
        return Reply.json(200, body);
    }

    Reply advance(Request request) {
        try {
            long seconds = Long.parseLong(request.param("seconds").orElse("0"));
            clock.advance(Duration.ofSeconds(seconds));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("seconds must be a non-negative number");
        }
        return read(request);
    }
}
