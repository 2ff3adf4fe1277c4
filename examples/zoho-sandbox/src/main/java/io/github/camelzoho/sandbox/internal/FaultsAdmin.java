package io.github.camelzoho.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelzoho.sandbox.Fault;
import java.time.Duration;

/**
 * Sandbox-only {@code /sandbox/faults}. {@code POST} a JSON rule such as
 * {@code {"pathPrefix":"/api/v4/","fault":"too_many_requests","retryAfterSeconds":2,"next":3}} (or {@code "every":k};
 * faults {@code too_many_requests}, {@code service_unavailable}, {@code bad_gateway_html}, {@code delay} with
 * {@code delayMillis}), or {@code {"ignorePaging":true}}; {@code GET} lists; {@code DELETE} clears everything.
 */
final class FaultsAdmin {

    private final FaultPlan plan;

    FaultsAdmin(FaultPlan plan) {
        this.plan = plan;
    }

    Reply list(Request request) {
        ObjectNode body = Json.object();
        body.put("ignorePaging", plan.ignoresPaging());
        ArrayNode rules = body.putArray("rules");
        plan.describe().forEach(rules::add);
        return Reply.json(200, body);
    }

    Reply add(Request request) {
        JsonNode spec = Json.parse(request.body());
        if (spec.has("ignorePaging")) {
            plan.ignorePaging(spec.path("ignorePaging").asBoolean());
        }
        if (spec.has("fault")) {
            Fault fault = fault(spec);
            String prefix = spec.path("pathPrefix").asText("/");
            try {
                if (spec.has("every")) {
                    plan.failEvery(prefix, spec.path("every").asInt(), fault);
                } else {
                    plan.failNext(prefix, spec.path("next").asInt(1), fault);
                }
            } catch (IllegalArgumentException e) {
                throw new BadRequest(e.getMessage());
            }
        }
        return list(request);
    }

    Reply clear(Request request) {
        plan.clear();
        return Reply.empty(204);
    }

    private static Fault fault(JsonNode spec) {
        return switch (spec.path("fault").asText()) {
            case "too_many_requests", "429" ->
                    Fault.tooManyRequests(Duration.ofSeconds(spec.path("retryAfterSeconds").asLong(1)));
            case "service_unavailable", "503" -> Fault.serviceUnavailable();
            case "bad_gateway_html", "502" -> Fault.badGatewayHtml();
            case "delay" -> Fault.delay(Duration.ofMillis(spec.path("delayMillis").asLong(1000)));
            default -> throw new BadRequest("unknown fault: " + spec.path("fault").asText());
        };
    }
}
