package io.github.camelzoho.sandbox.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Sandbox-only {@code POST /sandbox/settings?legacyExpiresIn=true|false}. */
final class SettingsAdmin implements Endpoint {

    private final AccountsSettings settings;

    SettingsAdmin(AccountsSettings settings) {
        this.settings = settings;
    }

    @Override
    public Reply handle(Request request) {
        request.param("legacyExpiresIn").ifPresent(v -> settings.legacyExpiresIn(Boolean.parseBoolean(v)));
        ObjectNode body = Json.object();
        body.put("legacyExpiresIn", settings.legacyExpiresIn());
        return Reply.json(200, body);
    }
}
