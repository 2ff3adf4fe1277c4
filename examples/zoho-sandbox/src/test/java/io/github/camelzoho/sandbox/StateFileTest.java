package io.github.camelzoho.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** With a state file, tokens outlive a sandbox restart, as they outlive a client restart at real Zoho. */
class StateFileTest {

    @TempDir
    Path dir;

    private ZohoSandbox start(Path state) {
        return ZohoSandbox.builder().clock(SandboxTest.FIXED).stateFile(state).build().start();
    }

    @Test
    void tokensIssuedBeforeARestartStillWork() throws IOException {
        Path state = dir.resolve("sandbox-state.json");
        String refreshToken;
        String accessToken;
        try (ZohoSandbox first = start(state)) {
            JsonNode grant = new SandboxHttp(first).bootstrap();
            refreshToken = grant.path("refresh_token").asText();
            accessToken = grant.path("access_token").asText();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state))).isEqualTo("rw-------");

        try (ZohoSandbox second = start(state)) {
            SandboxHttp http = new SandboxHttp(second);
            assertThat(http.get("/api/v4/org/portals.json", accessToken).statusCode()).isEqualTo(200);
            assertThat(http.refresh(refreshToken).path("access_token").asText()).startsWith("1000.");
        }
    }

    @Test
    void revokeIsRememberedAcrossARestart() {
        Path state = dir.resolve("sandbox-state.json");
        String refreshToken;
        try (ZohoSandbox first = start(state)) {
            SandboxHttp http = new SandboxHttp(first);
            refreshToken = http.bootstrap().path("refresh_token").asText();
            assertThat(http.postForm("/oauth/v2/token/revoke", Map.of("token", refreshToken)).statusCode()).isEqualTo(200);
        }
        try (ZohoSandbox second = start(state)) {
            assertThat(new SandboxHttp(second).refresh(refreshToken).path("error").asText()).isEqualTo("invalid_code");
        }
    }

    @Test
    void withoutAStateFileARestartForgetsEverything() {
        String refreshToken;
        try (ZohoSandbox first = ZohoSandbox.builder().clock(SandboxTest.FIXED).build().start()) {
            refreshToken = new SandboxHttp(first).bootstrap().path("refresh_token").asText();
        }
        try (ZohoSandbox second = ZohoSandbox.builder().clock(SandboxTest.FIXED).build().start()) {
            assertThat(new SandboxHttp(second).refresh(refreshToken).path("error").asText()).isEqualTo("invalid_code");
        }
    }
}
