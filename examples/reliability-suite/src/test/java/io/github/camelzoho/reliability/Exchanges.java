package io.github.camelzoho.reliability;

import io.github.camelzoho.oauth.ZohoOAuthException;
import io.github.camelzoho.showtime.ZohoShowTimeException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one exchange with a bound on its time and books its outcome: completed, failed with a typed error
 * ({@link ZohoOAuthException} or {@link ZohoShowTimeException} and their subclasses), failed with anything else, or
 * lost/hung (no answer within the bound).
 */
final class Exchanges {

    /** Longer than any retry sequence or client timeout of the suite, far shorter than a hang. */
    static final long BOUND_SECONDS = 15;

    private Exchanges() {
    }

    /** The outcome of one exchange, and the exchange when it came back. */
    record Result(Ledger.Outcome outcome, Exchange exchange) {

        Throwable exception() {
            return exchange == null ? null : exchange.getException();
        }

        <T> T body(Class<T> type) {
            return exchange.getMessage().getBody(type);
        }
    }

    static Result send(ProducerTemplate template, String group, String fault, String uri, Processor processor) {
        CompletableFuture<Exchange> future = template.asyncSend(uri, processor);
        Exchange exchange;
        try {
            exchange = future.get(BOUND_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            Ledger.record(group, fault, Ledger.Outcome.LOST_OR_HUNG);
            return new Result(Ledger.Outcome.LOST_OR_HUNG, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            Ledger.record(group, fault, Ledger.Outcome.LOST_OR_HUNG);
            Ledger.evidence("lost exchange " + fault, e);
            return new Result(Ledger.Outcome.LOST_OR_HUNG, null);
        }
        return book(group, fault, exchange);
    }

    static Result book(String group, String fault, Exchange exchange) {
        Throwable e = exchange.getException();
        Ledger.Outcome outcome = e == null ? Ledger.Outcome.COMPLETED
                : isTyped(e) ? Ledger.Outcome.FAILED_TYPED : Ledger.Outcome.FAILED_UNTYPED;
        if (e != null) {
            Ledger.evidence("exception of " + fault, e);
        }
        Ledger.record(group, fault, outcome);
        return new Result(outcome, exchange);
    }

    static boolean isTyped(Throwable e) {
        return e instanceof ZohoOAuthException || e instanceof ZohoShowTimeException;
    }
}
