package io.github.camelzoho.oauth;

import java.time.Instant;

/**
 * No token request may be sent now: either Zoho throttled the account ({@code "error":"Access Denied"}) or the
 * component's own budget (by default 10 token requests per 10 minutes per account) is spent. No request is sent to
 * Zoho until {@link #getRetryAt()}, because retries during a throttle prolong it.
 */
public class ZohoRateLimitedException extends ZohoOAuthException {

    private static final long serialVersionUID = 1L;

    private final Instant retryAt;

    public ZohoRateLimitedException(String message, String errorCode, int httpStatus, Instant retryAt) {
        super(message, errorCode, httpStatus, null);
        this.retryAt = retryAt;
    }

    /** The earliest instant at which the component will send a token request again. */
    public Instant getRetryAt() {
        return retryAt;
    }
}
