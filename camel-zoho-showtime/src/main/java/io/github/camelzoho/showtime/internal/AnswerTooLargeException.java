package io.github.camelzoho.showtime.internal;

import java.io.IOException;

/**
 * ShowTime's answer was longer than the component reads: the connection was aborted instead of being drained, and
 * the request is not retried (the same request would get the same answer).
 */
public final class AnswerTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    public AnswerTooLargeException(long limit) {
        super("the answer is longer than " + limit + " bytes; the connection was aborted without reading the rest");
    }
}
