package io.github.camelzoho.showtime.internal;

import io.github.camelzoho.oauth.support.SafeExcerpt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelzoho.showtime.ZohoShowTimeConstants;
import io.github.camelzoho.showtime.ZohoShowTimeException;
import io.github.camelzoho.showtime.ZohoShowTimeOperation;
import io.github.camelzoho.showtime.model.FieldAnswer;
import io.github.camelzoho.showtime.model.Registration;
import org.apache.camel.Exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /showtime/api/v4/viewer/{zaid}/fieldAnswers.json}: the body is a {@link Registration} (or a Map with its
 * property names), or Zoho's own {@code {"fieldAnswer":{...}}} JSON → {@code List<FieldAnswer>}, the stored answers.
 * Never retried once ShowTime may have stored the registration.
 */
public final class RegisterAttendeeOperation implements OperationHandler {

    @Override
    public void handle(Exchange exchange, OperationContext context) {
        JsonNode body = JsonBodies.tree(exchange, context.mapper());
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("registerAttendee needs a Registration, a Map or a JSON object as body");
        }
        ObjectNode request;
        String bodyZaid = null;
        if (body.path("fieldAnswer").isObject()) {
            request = (ObjectNode) body;
        } else {
            Registration registration;
            try {
                registration = context.mapper().treeToValue(body, Registration.class);
            } catch (Exception e) {
                throw new IllegalArgumentException("registerAttendee body does not fit Registration: "
                        + SafeExcerpt.of(e.getMessage()));
            }
            bodyZaid = registration.getZaid();
            request = wire(registration, context);
        }
        String zaid = context.header(exchange, ZohoShowTimeConstants.ZAID,
                bodyZaid != null ? bodyZaid : context.configuration().getZaid());
        if (zaid == null) {
            throw new IllegalArgumentException("registerAttendee needs a ZAID: header " + ZohoShowTimeConstants.ZAID
                    + ", Registration.zaid or the zaid option (it is in createSession's answer)");
        }
        ShowTimeClient.Answer answer = context.client(exchange).send(ZohoShowTimeOperation.registerAttendee, "POST",
                "/showtime/api/v4/viewer/" + TalkPages.encode(zaid) + "/fieldAnswers.json",
                JsonBodies.bytes(request, context.mapper()), false);
        JsonNode stored = answer.body() == null ? null : answer.body().get("fieldAnswer");
        if (stored == null || !stored.isArray()) {
            throw new ZohoShowTimeException("ShowTime registerAttendee answered HTTP " + answer.status()
                    + " without a fieldAnswer array", ZohoShowTimeOperation.registerAttendee, answer.status(), null, null,
                    SafeExcerpt.of(String.valueOf(answer.body())), null, null);
        }
        List<FieldAnswer> answers = new ArrayList<>();
        for (JsonNode node : stored) {
            answers.add(context.convert(ZohoShowTimeOperation.registerAttendee, node, FieldAnswer.class));
        }
        exchange.getMessage().setHeader(ZohoShowTimeConstants.HTTP_STATUS, answer.status());
        exchange.getMessage().setBody(answers);
    }

    private static ObjectNode wire(Registration registration, OperationContext context) {
        Map<String, String> required = new LinkedHashMap<>();
        required.put("firstName", registration.getFirstName());
        required.put("lastName", registration.getLastName());
        required.put("email", registration.getEmail());
        required.put("sessionId", registration.getSessionId());
        required.put("talkId", registration.getTalkId());
        List<String> missing = required.entrySet().stream()
                .filter(e -> e.getValue() == null || e.getValue().isBlank()).map(Map.Entry::getKey).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("registerAttendee: the Registration lacks " + String.join(", ", missing));
        }
        ObjectNode form = context.mapper().createObjectNode();
        form.put("sessionId", registration.getSessionId());
        form.put("talkId", registration.getTalkId());
        if (registration.getTimezone() != null) {
            form.put("timezone", registration.getTimezone());
        }
        ArrayNode answers = form.putArray("answers");
        answer(answers, "First Name", registration.getFirstName());
        answer(answers, "Last Name", registration.getLastName());
        answer(answers, "Email", registration.getEmail());
        registration.getAdditionalAnswers().forEach((label, value) -> answer(answers, label, value));
        ObjectNode request = context.mapper().createObjectNode();
        request.set("fieldAnswer", form);
        return request;
    }

    private static void answer(ArrayNode answers, String label, String value) {
        answers.addObject().put("fieldLabel", label).put("answer", value);
    }
}
