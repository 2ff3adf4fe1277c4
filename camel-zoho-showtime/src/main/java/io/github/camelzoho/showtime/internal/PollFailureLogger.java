package io.github.camelzoho.showtime.internal;

import io.github.camelzoho.oauth.ZohoOAuthException;
import io.github.camelzoho.showtime.ZohoShowTimeException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.support.LoggingExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consumer's default exception handler: a poll that fails because of ShowTime or the token is logged once, as one
 * WARN line with the reason (the stack trace only at DEBUG); the next poll tries again. Anything else goes to Camel's
 * usual {@link LoggingExceptionHandler}.
 */
public final class PollFailureLogger implements ExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PollFailureLogger.class);

    private final String endpoint;
    private final ExceptionHandler fallback;

    public PollFailureLogger(CamelContext camelContext, String endpoint) {
        this.endpoint = endpoint;
        this.fallback = new LoggingExceptionHandler(camelContext, PollFailureLogger.class);
    }

    @Override
    public void handleException(Throwable exception) {
        handleException(null, null, exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        handleException(message, null, exception);
    }

    @Override
    public void handleException(String message, Exchange exchange, Throwable exception) {
        if (exchange == null && (exception instanceof ZohoShowTimeException || exception instanceof ZohoOAuthException)) {
            LOG.warn("Polling {} failed: {}. Will try again at the next poll.", endpoint, exception.getMessage());
            LOG.debug("Poll failure of {}", endpoint, exception);
            return;
        }
        fallback.handleException(message, exchange, exception);
    }
}
