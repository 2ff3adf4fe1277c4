package io.github.camelzoho.sandbox.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Issues and redeems grant codes and remembers which clients the sandbox user already consented to offline. */
final class GrantCodeStore {

    /** authorization.html and CRM v3 give 2 minutes. */
    static final Duration VALIDITY = Duration.ofMinutes(2);

    private final Clock clock;
    private final TokenValues values;
    private final Map<String, GrantCode> codes = new HashMap<>();
    private final Set<String> offlineConsents = new HashSet<>();

    GrantCodeStore(Clock clock, TokenValues values) {
        this.clock = clock;
        this.values = values;
    }

    /** A consent from /auth: a refresh token only for offline, and on a repeat consent only with prompt=consent. */
    synchronized GrantCode consent(String clientId, String redirectUri, List<String> scopes, boolean offline,
            boolean promptConsent) {
        boolean refresh = offline && (promptConsent || !offlineConsents.contains(clientId));
        if (offline) {
            offlineConsents.add(clientId);
        }
        return store(new GrantCode(values.next(), clientId, Objects.requireNonNull(redirectUri), scopes, refresh,
                clock.instant().plus(VALIDITY)));
    }

    /** A code generated in the self-client console: always yields a refresh token, exchanged without redirect URI. */
    synchronized GrantCode selfClient(String clientId, List<String> scopes) {
        return store(new GrantCode(values.next(), clientId, null, scopes, true, clock.instant().plus(VALIDITY)));
    }

    /**
     * Consumes a code. A wrong redirect URI does not burn it; anything unusable is {@code invalid_code}.
     */
    synchronized GrantCode redeem(String code, String clientId, String redirectUri) {
        GrantCode grant = code == null ? null : codes.get(code);
        if (grant == null || !grant.clientId().equals(clientId) || !clock.instant().isBefore(grant.expiresAt())) {
            throw new OAuthError("invalid_code");
        }
        if (!grant.selfClient() && !grant.redirectUri().equals(redirectUri)) {
            throw new OAuthError("invalid_redirect_uri");
        }
        codes.remove(code);
        return grant;
    }

    private GrantCode store(GrantCode grant) {
        codes.values().removeIf(g -> !clock.instant().isBefore(g.expiresAt()));
        codes.put(grant.value(), grant);
        return grant;
    }
}
