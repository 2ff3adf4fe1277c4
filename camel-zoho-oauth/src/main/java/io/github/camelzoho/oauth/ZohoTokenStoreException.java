package io.github.camelzoho.oauth;

/**
 * The token store could not be read or written: a corrupt or unreadable token file, a full disk, a database that is
 * down. A token that could not be saved is reported through this exception, never only logged.
 */
public class ZohoTokenStoreException extends ZohoOAuthException {

    private static final long serialVersionUID = 1L;

    public ZohoTokenStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
