package io.github.camelzoho.oauth.token;

import java.time.Instant;
import java.util.Objects;

/**
 * An access token with what a caller needs to use it: the ready-made {@code Authorization} header value, the API
 * domain of the account's data centre and the instant it expires. {@link #toString()} never shows the token.
 */
public final class ZohoAccessToken {

    /** The scheme Zoho expects in the {@code Authorization} header. */
    public static final String HEADER_PREFIX = "Zoho-oauthtoken ";

    private final String value;
    private final String headerValue;
    private final String apiDomain;
    private final Instant expiresAt;

    public ZohoAccessToken(String value, String apiDomain, Instant expiresAt) {
        this.value = Objects.requireNonNull(value, "value");
        this.headerValue = HEADER_PREFIX + value;
        this.apiDomain = apiDomain;
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The raw access token. Handle with care: never log it. */
    public String value() {
        return value;
    }

    /** {@code Zoho-oauthtoken <token>}, computed once so that decorating an exchange allocates nothing. */
    public String headerValue() {
        return headerValue;
    }

    /** The account's API domain, for example {@code https://www.zohoapis.eu}; may be {@code null} if Zoho sent none. */
    public String apiDomain() {
        return apiDomain;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    /** True when {@code headerValue} (an {@code Authorization} header as sent) carries this token. */
    public boolean isSentAs(String authorizationHeader) {
        return headerValue.equals(authorizationHeader);
    }

    @Override
    public String toString() {
        return "ZohoAccessToken[value=****, apiDomain=" + apiDomain + ", expiresAt=" + expiresAt + "]";
    }
}
