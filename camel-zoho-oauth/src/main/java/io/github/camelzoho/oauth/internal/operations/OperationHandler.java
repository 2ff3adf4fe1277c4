package io.github.camelzoho.oauth.internal.operations;

import org.apache.camel.Exchange;

/** One {@code zoho-oauth} operation. */
public interface OperationHandler {

    void handle(Exchange exchange, OperationContext context);
}
