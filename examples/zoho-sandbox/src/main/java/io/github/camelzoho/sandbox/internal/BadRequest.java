package io.github.camelzoho.sandbox.internal;

/** Thrown by endpoints for invalid input; rendered as a Zoho-style HTTP 400. */
final class BadRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
        super(message, null, false, false);
    }
}
