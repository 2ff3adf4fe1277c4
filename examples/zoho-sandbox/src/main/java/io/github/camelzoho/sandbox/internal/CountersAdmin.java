package io.github.camelzoho.sandbox.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Sandbox-only {@code GET /sandbox/counters} (JSON) and {@code DELETE /sandbox/counters} (reset). */
final class CountersAdmin {

    private final CounterRegistry counters;

    CountersAdmin(CounterRegistry counters) {
        this.counters = counters;
    }

    Reply read(Request request) {
        ObjectNode values = Json.object();
        counters.snapshot().forEach(values::put);
        ObjectNode body = Json.object();
        body.set("counters", values);
        return Reply.json(200, body);
    }

    Reply reset(Request request) {
        counters.reset();
        return Reply.empty(204);
    }
}
