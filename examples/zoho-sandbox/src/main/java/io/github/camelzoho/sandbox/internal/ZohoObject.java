package io.github.camelzoho.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds a JSON object the way ShowTime answers: every number and boolean becomes a JSON string. */
final class ZohoObject {

    private final ObjectNode node = Json.object();

    ZohoObject put(String name, String value) {
        node.put(name, value);
        return this;
    }

    ZohoObject put(String name, long value) {
        node.put(name, Long.toString(value));
        return this;
    }

    ZohoObject put(String name, boolean value) {
        node.put(name, Boolean.toString(value));
        return this;
    }

    ZohoObject set(String name, JsonNode value) {
        node.set(name, value);
        return this;
    }

    ObjectNode node() {
        return node;
    }
}
