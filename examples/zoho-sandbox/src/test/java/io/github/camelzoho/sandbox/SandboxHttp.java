package io.github.camelzoho.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The tests' client: java.net.http against the real sandbox on loopback, redirects not followed. */
final class SandboxHttp {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ZohoSandbox sandbox;

    SandboxHttp(ZohoSandbox sandbox) {
        this.sandbox = sandbox;
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(request(pathAndQuery).GET().build());
    }

    HttpResponse<String> get(String pathAndQuery, String accessToken) {
        return send(request(pathAndQuery).header("Authorization", "Zoho-oauthtoken " + accessToken).GET().build());
    }

    HttpResponse<String> get(String pathAndQuery, String accessToken, Duration timeout) {
        return send(request(pathAndQuery).header("Authorization", "Zoho-oauthtoken " + accessToken)
                .timeout(timeout).GET().build());
    }

    HttpResponse<String> postForm(String path, Map<String, String> form) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build());
    }

    HttpResponse<String> postJson(String path, String accessToken, String json) {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json");
        if (accessToken != null) {
            builder.header("Authorization", "Zoho-oauthtoken " + accessToken);
        }
        return send(builder.POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> delete(String path, String accessToken) {
        return send(request(path).header("Authorization", "Zoho-oauthtoken " + accessToken).DELETE().build());
    }

    /** POST /oauth/v2/token with the default client's credentials plus the given parameters. */
    HttpResponse<String> token(String... nameValues) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", ZohoSandbox.DEFAULT_CLIENT_ID);
        form.put("client_secret", ZohoSandbox.DEFAULT_CLIENT_SECRET);
        for (int i = 0; i < nameValues.length; i += 2) {
            form.put(nameValues[i], nameValues[i + 1]);
        }
        return postForm("/oauth/v2/token", form);
    }

    JsonNode exchange(String code) {
        return json(token("grant_type", "authorization_code", "code", code));
    }

    JsonNode refresh(String refreshToken) {
        return json(token("grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    /** A code exchange of a freshly minted self-client code: access and refresh token for all ShowTime scopes. */
    JsonNode bootstrap() {
        return exchange(sandbox.mintGrantCode());
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + pathAndQuery)).timeout(Duration.ofSeconds(10));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
