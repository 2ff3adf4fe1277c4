package io.github.camelzoho.sandbox.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * A client registered in the sandbox's "developer console".
 *
 * @param clientId the client id
 * @param clientSecret the client secret
 * @param redirectUris registered redirect URIs, matched exactly; empty means any http(s) URI on loopback
 */
public record RegisteredClient(String clientId, String clientSecret, List<String> redirectUris) {

    /**
     * Validates and copies the fields.
     *
     * @param clientId the client id
     * @param clientSecret the client secret
     * @param redirectUris registered redirect URIs
     */
    public RegisteredClient {
        if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("client id and secret must not be blank");
        }
        redirectUris = List.copyOf(redirectUris);
    }

    boolean allowsRedirectUri(String uri) {
        if (uri == null || uri.isEmpty()) {
            return false;
        }
        if (!redirectUris.isEmpty()) {
            return redirectUris.contains(uri);
        }
        try {
            URI parsed = new URI(uri);
            String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
            String host = parsed.getHost() == null ? "" : parsed.getHost().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && (host.equals("127.0.0.1") || host.equals("localhost"));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
