package io.github.camelzoho.showtime;

import org.apache.camel.RuntimeCamelException;

import java.time.Duration;

/**
 * ShowTime refused or failed a request: a non-2xx answer, an error body ({@code "status":"error"} or a Zoho
 * {@code code}), an answer that is not the JSON expected, or a transport failure that retries did not overcome. The
 * message and {@link #getExcerpt()} are safe to log: tokens and secrets in the answer are masked.
 */
public class ZohoShowTimeException extends RuntimeCamelException {

    private static final long serialVersionUID = 1L;

    private final ZohoShowTimeOperation operation;
    private final int httpStatus;
    private final String zohoCode;
    private final String zohoMessage;
    private final String excerpt;
    private final Duration retryAfter;

    /**
     * @param message     what happened and what to do, free of secrets
     * @param operation   the operation that failed
     * @param httpStatus  the HTTP status of ShowTime's answer, or 0 when there was none
     * @param zohoCode    the Zoho error {@code code} of the answer, or {@code null}
     * @param zohoMessage the Zoho error {@code message} of the answer, or {@code null}
     * @param excerpt     the start of the answer with secrets masked, or {@code null}
     * @param retryAfter  the {@code Retry-After} ShowTime asked for, or {@code null}
     * @param cause       the underlying cause, or {@code null}
     */
    public ZohoShowTimeException(String message, ZohoShowTimeOperation operation, int httpStatus, String zohoCode,
            String zohoMessage, String excerpt, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.operation = operation;
        this.httpStatus = httpStatus;
        this.zohoCode = zohoCode;
        this.zohoMessage = zohoMessage;
        this.excerpt = excerpt;
        this.retryAfter = retryAfter;
    }

    /** A failure without an HTTP answer (transport error, interrupted wait, bad input). */
    public ZohoShowTimeException(String message, ZohoShowTimeOperation operation, Throwable cause) {
        this(message, operation, 0, null, null, null, null, cause);
    }

    /** The operation that failed. */
    public ZohoShowTimeOperation getOperation() {
        return operation;
    }

    /** The HTTP status of ShowTime's answer, or 0 when no answer was received. */
    public int getHttpStatus() {
        return httpStatus;
    }

    /** The Zoho error code of the answer (for example {@code INVALID_TOKEN}), or {@code null}. */
    public String getZohoCode() {
        return zohoCode;
    }

    /** The Zoho error message of the answer, or {@code null}. */
    public String getZohoMessage() {
        return zohoMessage;
    }

    /** The start of ShowTime's answer, with secrets masked, or {@code null}. */
    public String getExcerpt() {
        return excerpt;
    }

    /** How long ShowTime asked to wait ({@code Retry-After}), or {@code null}. */
    public Duration getRetryAfter() {
        return retryAfter;
    }
}
