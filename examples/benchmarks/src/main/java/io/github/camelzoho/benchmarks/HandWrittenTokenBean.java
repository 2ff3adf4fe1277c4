package io.github.camelzoho.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The "token bean + setHeader" alternative as people write it: a synchronized getter that refreshes with the
 * refresh-token grant when the cached token is within a minute of expiry, and caches the header value.
 */
public final class HandWrittenTokenBean {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper mapper = new ObjectMapper();
    private final URI tokenEndpoint;
    private String header;
    private long expiresAtMillis;

    public HandWrittenTokenBean(String accountsUrl) {
        this.tokenEndpoint = URI.create(accountsUrl + LoopbackStub.TOKEN_PATH);
    }

    /** {@code Zoho-oauthtoken <token>}, refreshed when it expires within a minute. */
    public synchronized String authorization() throws IOException, InterruptedException {
        if (header == null || System.currentTimeMillis() >= expiresAtMillis - 60_000) {
            String form = "grant_type=refresh_token&client_id=" + enc(LoopbackStub.CLIENT_ID) + "&client_secret="
                    + enc(LoopbackStub.CLIENT_SECRET) + "&refresh_token=" + enc(LoopbackStub.REFRESH_TOKEN);
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(tokenEndpoint)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode json = mapper.readTree(response.body());
            header = "Zoho-oauthtoken " + json.get("access_token").asText();
            expiresAtMillis = System.currentTimeMillis() + json.get("expires_in").asLong() * 1000;
        }
        return header;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
