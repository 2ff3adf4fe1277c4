package io.github.camelzoho.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    @Test
    void bindsLoopbackOnAFreePortByDefault() {
        try (ZohoSandbox sandbox = ZohoSandbox.builder().build().start()) {
            assertThat(sandbox.port()).isPositive();
            assertThat(sandbox.baseUrl()).isEqualTo("http://127.0.0.1:" + sandbox.port());
            assertThat(sandbox.tokenUrl()).isEqualTo(sandbox.baseUrl() + "/oauth/v2/token");
        }
    }

    @Test
    void closeReleasesThePort() throws IOException {
        int port;
        try (ZohoSandbox sandbox = ZohoSandbox.builder().build().start()) {
            port = sandbox.port();
        }
        try (ServerSocket reuse = new ServerSocket(port, 0, java.net.InetAddress.getLoopbackAddress())) {
            assertThat(reuse.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void configuredPortIsUsed() throws IOException {
        int free;
        try (ServerSocket probe = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            free = probe.getLocalPort();
        }
        try (ZohoSandbox sandbox = ZohoSandbox.builder().port(free).build().start()) {
            assertThat(sandbox.port()).isEqualTo(free);
        }
    }

    @Test
    void unknownPathsGetAZohoStyle404() throws Exception {
        try (ZohoSandbox sandbox = ZohoSandbox.builder().build().start()) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/nope")).timeout(Duration.ofSeconds(5))
                            .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).contains("\"status\":\"error\"");
        }
    }

    @Test
    void clockOnlyMovesForward() {
        SandboxClock clock = SandboxClock.on(java.time.Clock.systemUTC());

        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void builderRejectsAnUnsupportedThrottleStatus() {
        assertThatThrownBy(() -> ZohoSandbox.builder().throttleHttpStatus(429))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
