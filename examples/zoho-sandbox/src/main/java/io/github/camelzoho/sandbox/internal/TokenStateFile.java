package io.github.camelzoho.sandbox.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Keeps the issued tokens in a file (mode 0600) so that a restarted sandbox still accepts them, as real Zoho does:
 * a sync job that stored a refresh token yesterday must not need a new grant today.
 */
final class TokenStateFile {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;

    TokenStateFile(Path file) {
        this.file = file.toAbsolutePath();
    }

    /** Fills the maps from the file, if there is one. */
    void load(Map<String, RefreshToken> refreshTokens, Map<String, AccessToken> accessTokens) {
        if (!Files.exists(file)) {
            return;
        }
        try {
            JsonNode root = MAPPER.readTree(file.toFile());
            for (JsonNode a : root.path("accessTokens")) {
                AccessToken token = new AccessToken(a.get("value").asText(), a.get("clientId").asText(), scopes(a),
                        Instant.ofEpochMilli(a.get("expiresAt").asLong()));
                token.state = AccessToken.State.valueOf(a.get("state").asText());
                accessTokens.put(token.value, token);
            }
            for (JsonNode r : root.path("refreshTokens")) {
                RefreshToken token = new RefreshToken(r.get("value").asText(), r.get("clientId").asText(), scopes(r));
                for (JsonNode child : r.path("accessTokens")) {
                    AccessToken a = accessTokens.get(child.asText());
                    if (a != null) {
                        token.accessTokens.addLast(a);
                    }
                }
                refreshTokens.put(token.value, token);
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Sandbox state file " + file + " is unreadable; delete it to start afresh", e);
        }
    }

    void save(Collection<RefreshToken> refreshTokens, Collection<AccessToken> accessTokens) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode refresh = root.putArray("refreshTokens");
        for (RefreshToken r : refreshTokens) {
            ObjectNode n = refresh.addObject().put("value", r.value).put("clientId", r.clientId);
            r.scopes.forEach(n.putArray("scopes")::add);
            ArrayNode children = n.putArray("accessTokens");
            r.accessTokens.forEach(a -> children.add(a.value));
        }
        ArrayNode access = root.putArray("accessTokens");
        for (AccessToken a : accessTokens) {
            ObjectNode n = access.addObject().put("value", a.value).put("clientId", a.clientId)
                    .put("expiresAt", a.expiresAt.toEpochMilli()).put("state", a.state.name());
            a.scopes.forEach(n.putArray("scopes")::add);
        }
        try {
            Path dir = file.getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(tmp, MAPPER.writeValueAsBytes(root));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the sandbox state file " + file, e);
        }
    }

    private static List<String> scopes(JsonNode n) {
        List<String> scopes = new ArrayList<>();
        n.path("scopes").forEach(s -> scopes.add(s.asText()));
        return scopes;
    }
}
