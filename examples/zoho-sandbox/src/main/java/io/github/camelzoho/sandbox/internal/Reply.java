package io.github.camelzoho.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An outgoing response.
 *
 * @param status the HTTP status
 * @param contentType the content type, null for an empty body
 * @param body the body bytes
 * @param headers extra headers
 */
record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {

    static Reply json(int status, JsonNode node) {
        return new Reply(status, "application/json;charset=UTF-8", Json.bytes(node), Map.of());
    }

    static Reply html(int status, String html) {
        return new Reply(status, "text/html;charset=UTF-8", html.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static Reply empty(int status) {
        return new Reply(status, null, new byte[0], Map.of());
    }

    static Reply redirect(String location) {
        return new Reply(302, null, new byte[0], Map.of("Location", location));
    }

    Reply withHeader(String name, String value) {
        Map<String, String> copy = new java.util.LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Reply(status, contentType, body, Map.copyOf(copy));
    }
}
