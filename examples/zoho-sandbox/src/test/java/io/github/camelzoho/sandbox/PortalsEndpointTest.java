package io.github.camelzoho.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PortalsEndpointTest extends SandboxTest {

    private JsonNode portals;

    @BeforeEach
    void listPortals() {
        String token = http.bootstrap().path("access_token").asText();
        portals = SandboxHttp.json(http.get("/api/v4/org/portals.json", token)).path("portals");
    }

    @Test
    void exactlyOneOfTwoPortalsIsDefault() {
        assertThat(portals).hasSize(2);
        assertThat(portals.get(0).path("isDefault").asText()).isEqualTo("true");
        assertThat(portals.get(1).path("isDefault").asText()).isEqualTo("false");
        assertThat(portals.get(0).path("id").asText()).isEqualTo(sandbox.defaultOrgId());
    }

    @Test
    void portalsCarryTheDocumentedFields() {
        java.util.List<String> names = new java.util.ArrayList<>();
        portals.get(0).fieldNames().forEachRemaining(names::add);
        assertThat(names).contains("planName", "isTrial", "orgLogoUrl", "url", "referrer", "isDefault",
                "portalName", "currentUserRole", "createdBy", "createdTime", "id", "isLogoExists", "zsoid");
        assertThat(portals.get(0).path("zsoid").asText()).isEqualTo(portals.get(0).path("id").asText());
    }

    @Test
    void numbersAreStrings() {
        portals.forEach(ShowTimeJson::assertAllScalarsAreStrings);
        assertThat(portals.get(0).path("createdTime").asText()).matches("[0-9]{13}");
    }
}
