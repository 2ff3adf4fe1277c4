package io.github.camelzoho.oauth.internal;

import io.github.camelzoho.oauth.ZohoRateLimitedException;
import io.github.camelzoho.oauth.ZohoReauthorizationRequiredException;
import io.github.camelzoho.oauth.internal.token.TokenManager;
import io.github.camelzoho.oauth.token.ZohoTokenState;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Readiness of the Zoho accounts in use: DOWN when an account needs re-authorization, or when it is throttled (or in
 * a failure back-off) with no valid token left. It reads only memory: a health probe never sends a token request.
 */
public final class ZohoOAuthHealthCheck implements HealthCheck {

    private final Supplier<Collection<TokenManager>> managers;
    private volatile boolean enabled = true;

    public ZohoOAuthHealthCheck(Supplier<Collection<TokenManager>> managers) {
        this.managers = managers;
    }

    @Override
    public String getGroup() {
        return "camel";
    }

    @Override
    public String getId() {
        return "zoho-oauth";
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this).up();
        for (TokenManager manager : managers.get()) {
            String account = manager.account();
            ZohoTokenState state = manager.state();
            builder.detail("zoho.oauth." + account + ".state", state.name());
            Optional<RuntimeException> failure = manager.currentFailure();
            boolean hasValidToken = state == ZohoTokenState.FRESH || state == ZohoTokenState.STALE;
            if (failure.isPresent()) {
                RuntimeException e = failure.get();
                builder.detail("zoho.oauth." + account + ".error", e.getMessage());
                if (e instanceof ZohoReauthorizationRequiredException || !hasValidToken) {
                    builder.down().message("Zoho account '" + account + "': " + e.getMessage());
                } else if (e instanceof ZohoRateLimitedException) {
                    builder.detail("zoho.oauth." + account + ".throttled", true);
                }
            }
        }
        return builder.build();
    }
}
