package io.github.camelzoho.showtime.internal;

import io.github.camelzoho.showtime.ZohoShowTimeOperation;

/** What the component reports about its requests; metrics implement it. Tags never carry a token. */
public interface RequestEvents {

    /** Reports nothing; used when no Micrometer registry exists. */
    RequestEvents NONE = new RequestEvents() {
        @Override
        public void completed(ZohoShowTimeOperation operation, String account, String outcome, long durationNanos) {
        }

        @Override
        public void retried(ZohoShowTimeOperation operation, String account, String reason) {
        }
    };

    /** A request finished (after its retries) with {@code outcome}: {@code success} or a failure kind. */
    void completed(ZohoShowTimeOperation operation, String account, String outcome, long durationNanos);

    /** A request is about to be retried because of {@code reason} ({@code 429}, {@code 503}, {@code io}, ...). */
    void retried(ZohoShowTimeOperation operation, String account, String reason);
}
