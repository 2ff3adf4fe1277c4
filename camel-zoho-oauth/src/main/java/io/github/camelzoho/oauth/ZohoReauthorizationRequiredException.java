package io.github.camelzoho.oauth;

/**
 * The account has no usable grant: the refresh token was revoked or is wrong ({@code invalid_code} on refresh), the
 * grant code expired or was used, or there is no token and nothing to bootstrap from. Only a new consent (the
 * {@code authorize}/{@code callback} flow, or a new self-client grant code) fixes it; retrying does not.
 */
public class ZohoReauthorizationRequiredException extends ZohoOAuthException {

    private static final long serialVersionUID = 1L;

    public ZohoReauthorizationRequiredException(String message, String errorCode, int httpStatus) {
        super(message, errorCode, httpStatus, null);
    }
}
