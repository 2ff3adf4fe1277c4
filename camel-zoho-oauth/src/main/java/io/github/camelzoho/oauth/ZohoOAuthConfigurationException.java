package io.github.camelzoho.oauth;

/**
 * The client configuration is wrong: an unknown client (often the wrong data centre), a wrong client secret, an
 * unregistered redirect URI, or a missing option. Fix the configuration; retrying does not help.
 */
public class ZohoOAuthConfigurationException extends ZohoOAuthException {

    private static final long serialVersionUID = 1L;

    public ZohoOAuthConfigurationException(String message) {
        super(message);
    }

    public ZohoOAuthConfigurationException(String message, String errorCode, int httpStatus) {
        super(message, errorCode, httpStatus, null);
    }
}
