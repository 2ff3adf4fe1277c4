package io.github.camelzoho.showtime.internal;

import io.github.camelzoho.oauth.support.SafeExcerpt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;

import java.io.InputStream;
import java.io.Reader;

/** Reads a message body (JSON text, bytes, a stream, a {@code JsonNode}, a Map or a model object) as JSON. */
final class JsonBodies {

    private JsonBodies() {
    }

    /** The body as a JSON tree, or {@code null} when there is none. */
    static JsonNode tree(Exchange exchange, ObjectMapper mapper) {
        Object body = exchange.getMessage().getBody();
        if (body == null) {
            return null;
        }
        if (body instanceof JsonNode node) {
            return node;
        }
        if (body instanceof String || body instanceof byte[] || body instanceof InputStream || body instanceof Reader) {
            String text = exchange.getMessage().getBody(String.class);
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return mapper.readTree(text);
            } catch (Exception e) {
                throw new IllegalArgumentException("The message body is not valid JSON: " + SafeExcerpt.of(text));
            }
        }
        return mapper.valueToTree(body);
    }

    /** Serializes {@code json} for the wire. */
    static byte[] bytes(JsonNode json, ObjectMapper mapper) {
        try {
            return mapper.writeValueAsBytes(json);
        } catch (Exception e) {
            throw new IllegalArgumentException("Cannot write the request as JSON", e);
        }
    }
}
