package io.github.camelzoho.sandbox.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registered clients; fixed when the sandbox is built. */
final class ClientRegistry {

    private final Map<String, RegisteredClient> clients = new LinkedHashMap<>();

    ClientRegistry(List<RegisteredClient> registered) {
        registered.forEach(c -> clients.put(c.clientId(), c));
    }

    Optional<RegisteredClient> find(String clientId) {
        return clientId == null ? Optional.empty() : Optional.ofNullable(clients.get(clientId));
    }

    /** Authenticates a token request: unknown id and wrong secret are distinct errors at Zoho. */
    RegisteredClient authenticate(String clientId, String clientSecret) {
        RegisteredClient client = find(clientId).orElseThrow(() -> new OAuthError("invalid_client"));
        if (!client.clientSecret().equals(clientSecret)) {
            throw new OAuthError("invalid_client_secret");
        }
        return client;
    }
}
