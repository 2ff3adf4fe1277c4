package io.github.camelzoho.showtime.internal;

import org.apache.camel.Exchange;

/** One {@code zoho-showtime} producer operation. */
public interface OperationHandler {

    /** Runs the operation for {@code exchange}: reads its body and headers, writes the result into its message. */
    void handle(Exchange exchange, OperationContext context) throws Exception;
}
