package io.github.camelzoho.sandbox.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * {@code POST /oauth/v2/token}. Parameters come from the form body or the query string. Every failure is HTTP 200
 * with an {@code error} field, as at Zoho; only the throttle reply's status is configurable.
 */
final class TokenEndpoint implements Endpoint {

    private final ClientRegistry clients;
    private final GrantCodeStore codes;
    private final TokenStore tokens;
    private final SlidingWindowThrottle throttle;
    private final AccountsSettings settings;
    private final CounterRegistry counters;

    TokenEndpoint(ClientRegistry clients, GrantCodeStore codes, TokenStore tokens, SlidingWindowThrottle throttle,
            AccountsSettings settings, CounterRegistry counters) {
        this.clients = clients;
        this.codes = codes;
        this.tokens = tokens;
        this.throttle = throttle;
        this.settings = settings;
        this.counters = counters;
    }

    @Override
    public Reply handle(Request request) {
        String grantType = request.param("grant_type").orElse("");
        String counted = switch (grantType) {
            case "authorization_code", "refresh_token", "client_credentials" -> grantType;
            default -> "unsupported";
        };
        try {
            ObjectNode body = switch (grantType) {
                case "authorization_code" -> exchangeCode(request);
                case "refresh_token" -> refresh(request);
                case "client_credentials" -> clientCredentials(request);
                default -> throw new OAuthError("unsupported_grant_type");
            };
            counters.increment("token." + counted + ".success");
            return Reply.json(200, body);
        } catch (Throttled e) {
            counters.increment("token." + counted + ".throttled");
            return throttledReply();
        } catch (OAuthError e) {
            counters.increment("token." + counted + "." + e.code());
            ObjectNode error = Json.object();
            error.put("error", e.code());
            return Reply.json(200, error);
        }
    }

    private ObjectNode exchangeCode(Request request) {
        RegisteredClient client = authenticate(request);
        acquire("client:" + client.clientId());
        GrantCode grant = codes.redeem(request.param("code").orElse(null), client.clientId(),
                request.param("redirect_uri").orElse(null));
        if (!grant.issueRefreshToken()) {
            return success(tokens.createAccessToken(client.clientId(), null, grant.scopes()), null);
        }
        RefreshToken refresh = tokens.createRefreshToken(client.clientId(), grant.scopes());
        return success(tokens.createAccessToken(client.clientId(), refresh, grant.scopes()), refresh);
    }

    private ObjectNode refresh(Request request) {
        RegisteredClient client = authenticate(request);
        RefreshToken refresh = tokens.refreshToken(request.param("refresh_token").orElse(null), client.clientId());
        acquire("refresh:" + refresh.value);
        return success(tokens.createAccessToken(client.clientId(), refresh, refresh.scopes), null);
    }

    /** Self-client client-credentials flow: needs scope and soid, never returns a refresh token. */
    private ObjectNode clientCredentials(Request request) {
        RegisteredClient client = authenticate(request);
        List<String> scopes = Scopes.parse(request.param("scope").orElse(null));
        if (scopes.isEmpty()) {
            throw new OAuthError("invalid_scope");
        }
        if (request.param("soid").isEmpty()) {
            throw new OAuthError("missing_org_info");
        }
        acquire("client:" + client.clientId());
        return success(tokens.createAccessToken(client.clientId(), null, scopes), null);
    }

    private RegisteredClient authenticate(Request request) {
        return clients.authenticate(request.param("client_id").orElse(null),
                request.param("client_secret").orElse(null));
    }

    private void acquire(String key) {
        if (!throttle.tryAcquire(key)) {
            throw new Throttled();
        }
    }

    private ObjectNode success(AccessToken access, RefreshToken refresh) {
        ObjectNode body = Json.object();
        body.put("access_token", access.value);
        if (refresh != null) {
            body.put("refresh_token", refresh.value);
        }
        body.put("scope", Scopes.spaced(access.scopes));
        body.put("api_domain", settings.baseUrl());
        body.put("token_type", "Bearer");
        long seconds = TokenStore.ACCESS_TOKEN_LIFETIME.toSeconds();
        if (settings.legacyExpiresIn()) {
            body.put("expires_in_sec", seconds);
            body.put("expires_in", seconds * 1000);
        } else {
            body.put("expires_in", seconds);
        }
        return body;
    }

    private Reply throttledReply() {
        ObjectNode body = Json.object();
        body.put("error_description", "You have made too many requests continuously. Please try again after some time.");
        body.put("error", "Access Denied");
        body.put("status", "failure");
        return Reply.json(settings.throttleStatus(), body);
    }

    private static final class Throttled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Throttled() {
            super("throttled", null, false, false);
        }
    }
}
