package io.github.camelzoho.oauth.internal.token;

import io.github.camelzoho.oauth.internal.accounts.GrantType;

/** What a token manager reports for meters. Implementations must not throw and must be fast. */
public interface TokenEvents {

    TokenEvents NONE = new TokenEvents() {
    };

    /** A token request was sent; {@code outcome} is {@code success}, or the exception's simple class name. */
    default void tokenRequest(String account, GrantType grantType, String outcome, long durationNanos) {
    }

    /** Zoho throttled the account, or the component's own budget refused a request. */
    default void rateLimited(String account) {
    }
}
