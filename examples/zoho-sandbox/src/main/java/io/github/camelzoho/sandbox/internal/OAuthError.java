package io.github.camelzoho.sandbox.internal;

/** A token-endpoint failure, rendered as HTTP 200 with {@code {"error": code}} as Zoho does. */
final class OAuthError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    OAuthError(String code) {
        super(code, null, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }
}
