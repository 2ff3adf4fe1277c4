package io.github.camelzoho.sandbox.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code POST /oauth/v2/token/revoke?token=<refresh token>} (legacy revoke, query or form): {@code status: success},
 * or HTTP 400 for an unknown token (unlike RFC 7009). Revoking kills every access token issued from it.
 */
final class RevokeEndpoint implements Endpoint {

    private final TokenStore tokens;
    private final CounterRegistry counters;

    RevokeEndpoint(TokenStore tokens, CounterRegistry counters) {
        this.tokens = tokens;
        this.counters = counters;
    }

    @Override
    public Reply handle(Request request) {
        ObjectNode body = Json.object();
        if (tokens.revoke(request.param("token").orElse(null))) {
            counters.increment("revoke.success");
            body.put("status", "success");
            return Reply.json(200, body);
        }
        counters.increment("revoke.invalid_token");
        body.put("status", "failure");
        body.put("error", "invalid_token");
        return Reply.json(400, body);
    }
}
