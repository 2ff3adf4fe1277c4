package io.github.camelzoho.sandbox.internal;

import java.util.function.Supplier;

/** Accounts behaviour that may change at runtime, plus where the sandbox is reachable. */
public final class AccountsSettings {

    private final Supplier<String> baseUrl;
    private final int throttleStatus;
    private volatile boolean legacyExpiresIn;

    /**
     * Creates the settings.
     *
     * @param baseUrl the sandbox base URL, known once the server is bound
     * @param throttleStatus HTTP status of throttle replies, 200 or 400
     * @param legacyExpiresIn true to serve expires_in in milliseconds plus expires_in_sec
     */
    public AccountsSettings(Supplier<String> baseUrl, int throttleStatus, boolean legacyExpiresIn) {
        if (throttleStatus != 200 && throttleStatus != 400) {
            throw new IllegalArgumentException("throttle status must be 200 or 400: " + throttleStatus);
        }
        this.baseUrl = baseUrl;
        this.throttleStatus = throttleStatus;
        this.legacyExpiresIn = legacyExpiresIn;
    }

    /**
     * Switches the legacy expiry form.
     *
     * @param legacy true for milliseconds plus expires_in_sec
     */
    public void legacyExpiresIn(boolean legacy) {
        this.legacyExpiresIn = legacy;
    }

    /**
     * Tells whether the legacy expiry form is served.
     *
     * @return the switch
     */
    public boolean legacyExpiresIn() {
        return legacyExpiresIn;
    }

    String baseUrl() {
        return baseUrl.get();
    }

    int throttleStatus() {
        return throttleStatus;
    }
}
