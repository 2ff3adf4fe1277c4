package io.github.camelzoho.oauth;

/**
 * A consent callback was refused before any token request: unknown, expired or reused {@code state}, an
 * {@code accounts-server} that is not a Zoho accounts host, a malformed {@code code}, or an {@code error} sent by
 * Zoho (for example {@code access_denied} when the user declined). Map it to HTTP 400 in the callback route.
 */
public class ZohoInvalidCallbackException extends ZohoOAuthException {

    private static final long serialVersionUID = 1L;

    public ZohoInvalidCallbackException(String message, String errorCode) {
        super(message, errorCode, 0, null);
    }
}
