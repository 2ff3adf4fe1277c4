package io.github.camelzoho.oauth;

/**
 * Base of every error raised by the Zoho OAuth component. The message says what happened and what to do; it never
 * contains a token, a grant code or a client secret.
 */
public class ZohoOAuthException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String errorCode;
    private final int httpStatus;

    public ZohoOAuthException(String message) {
        this(message, null, 0, null);
    }

    public ZohoOAuthException(String message, Throwable cause) {
        this(message, null, 0, cause);
    }

    /**
     * @param message    what happened and what to do, free of secrets
     * @param errorCode  the Zoho {@code error} code (for example {@code invalid_code}), or {@code null}
     * @param httpStatus the HTTP status of the accounts server answer, or 0 when there was none
     * @param cause      the underlying cause, or {@code null}
     */
    public ZohoOAuthException(String message, String errorCode, int httpStatus, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
        this.httpStatus = httpStatus;
    }

    /** The Zoho {@code error} code of the answer, or {@code null} when the failure was not a Zoho error answer. */
    public String getErrorCode() {
        return errorCode;
    }

    /** The HTTP status of the accounts server answer, or 0 when no answer was received. */
    public int getHttpStatus() {
        return httpStatus;
    }
}
