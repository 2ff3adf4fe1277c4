package io.github.camelzoho.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** Assertions on ShowTime's JSON conventions. */
final class ShowTimeJson {

    private ShowTimeJson() {
    }

    /** Walks a tree: every scalar must be a string, as ShowTime sends numbers and booleans. */
    static void assertAllScalarsAreStrings(JsonNode node) {
        if (node.isContainerNode()) {
            node.forEach(ShowTimeJson::assertAllScalarsAreStrings);
        } else {
            assertThat(node.isTextual()).as("%s is a string", node).isTrue();
        }
    }
}
