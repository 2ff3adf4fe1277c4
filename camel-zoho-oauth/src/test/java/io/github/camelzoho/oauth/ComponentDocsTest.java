package io.github.camelzoho.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written docs list every option and header that the generated catalog metadata has. */
class ComponentDocsTest {

    @Test
    void docsMentionEveryOptionAndHeaderOfTheCatalog() throws Exception {
        JsonNode catalog;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/github/camelzoho/oauth/zoho-oauth.json")) {
            assertThat(in).as("generated component metadata").isNotNull();
            catalog = new ObjectMapper().readTree(in);
        }
        String docs = Files.readString(Path.of("src/main/docs/zoho-oauth-component.adoc"));

        for (String section : new String[] { "componentProperties", "properties", "headers" }) {
            catalog.get(section).fieldNames().forEachRemaining(name ->
                    assertThat(docs).as(section + " " + name).contains("`" + name + "`"));
        }
        assertThat(catalog.at("/componentProperties/clientSecret/secret").asBoolean()).isTrue();
        assertThat(catalog.at("/properties/refreshToken/secret").asBoolean()).isTrue();
        assertThat(catalog.at("/properties/authorizationToken/secret").asBoolean()).isTrue();
    }
}
