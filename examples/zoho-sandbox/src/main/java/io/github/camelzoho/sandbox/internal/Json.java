package io.github.camelzoho.sandbox.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The one ObjectMapper of the sandbox (thread-safe once configured). */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a request body; malformed JSON is the client's fault, reported as {@link BadRequest}. */
    static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw new BadRequest("request body is empty");
        }
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new BadRequest("request body is not valid JSON");
        }
    }
}
