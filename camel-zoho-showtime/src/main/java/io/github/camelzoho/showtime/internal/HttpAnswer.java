package io.github.camelzoho.showtime.internal;

import java.nio.charset.StandardCharsets;

/**
 * ShowTime's answer to one HTTP request, read completely (ShowTime pages are small), so the connection goes back to
 * the pool before the answer is interpreted.
 *
 * @param status      the HTTP status
 * @param contentType the {@code Content-Type} header, or {@code null}
 * @param retryAfter  the {@code Retry-After} header, or {@code null}
 * @param body        the body, empty when there was none
 */
public record HttpAnswer(int status, String contentType, String retryAfter, byte[] body) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public boolean hasBody() {
        return body.length > 0 && !new String(body, StandardCharsets.UTF_8).isBlank();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
