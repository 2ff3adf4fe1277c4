package io.github.camelzoho.showtime.internal;

import io.github.camelzoho.oauth.support.SafeExcerpt;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelzoho.oauth.ZohoOAuthException;
import io.github.camelzoho.oauth.ZohoReauthorizationRequiredException;
import io.github.camelzoho.showtime.ZohoShowTimeException;
import io.github.camelzoho.showtime.ZohoShowTimeOperation;
import io.github.camelzoho.showtime.ZohoShowTimeSleeper;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;

/**
 * Sends one ShowTime request over a {@link ShowTimeConnection}: retries 429, 502, 503, 504 and transport failures
 * with the {@link RetryPolicy}, interprets the answer with the {@link ResponseClassifier}, and reports the outcome.
 * A request that is not idempotent (POST) is sent again only when ShowTime cannot have acted on it: after a 429, or
 * when no connection was made.
 */
public final class ShowTimeClient {

    private static final Logger LOG = LoggerFactory.getLogger(ShowTimeClient.class);

    private final ShowTimeConnection connection;
    private final RetryPolicy policy;
    private final ZohoShowTimeSleeper sleeper;
    private final RequestEvents events;
    private final ResponseClassifier classifier;

    public ShowTimeClient(ShowTimeConnection connection, RetryPolicy policy, ZohoShowTimeSleeper sleeper,
            RequestEvents events, ResponseClassifier classifier) {
        this.connection = connection;
        this.policy = policy;
        this.sleeper = sleeper;
        this.events = events;
        this.classifier = classifier;
    }

    /** The answer of one request: its HTTP status and its JSON body ({@code null} when empty). */
    public record Answer(int status, JsonNode body) {
    }

    /**
     * Sends the request, retrying transient failures.
     *
     * @param idempotent whether the request may be sent twice (GET, DELETE, PUT)
     * @throws ZohoShowTimeException when ShowTime refused it, or retries did not help
     */
    public Answer send(ZohoShowTimeOperation operation, String method, String pathAndQuery, byte[] json,
            boolean idempotent) {
        return timed(operation, () -> {
            HttpAnswer answer = attempt(operation, method, pathAndQuery, json, idempotent);
            return new Answer(answer.status(), classifier.read(operation, answer, retryAfterOf(answer)));
        });
    }

    /** A page of talks and the HTTP status it came with. */
    public record Page(int status, TalkPageBody body) {
    }

    /** Gets one {@code talks.json} page (idempotent, retried like any GET), bound straight to its types. */
    public Page getTalkPage(String pathAndQuery) {
        ZohoShowTimeOperation operation = ZohoShowTimeOperation.listTalks;
        return timed(operation, () -> {
            HttpAnswer answer = attempt(operation, "GET", pathAndQuery, null, true);
            return new Page(answer.status(), classifier.readTalkPage(operation, answer, retryAfterOf(answer)));
        });
    }

    private static Duration retryAfterOf(HttpAnswer answer) {
        return RetryPolicy.retryAfter(answer.retryAfter(), Instant.now());
    }

    private <T> T timed(ZohoShowTimeOperation operation, java.util.function.Supplier<T> request) {
        long start = System.nanoTime();
        String outcome = "success";
        try {
            return request.get();
        } catch (ZohoShowTimeException e) {
            outcome = outcome(e);
            throw e;
        } finally {
            events.completed(operation, connection.account(), outcome, System.nanoTime() - start);
        }
    }

    /** The first answer that is neither retried nor a rejected token; classifying its body is the caller's. */
    private HttpAnswer attempt(ZohoShowTimeOperation operation, String method, String pathAndQuery, byte[] json,
            boolean idempotent) {
        for (int retry = 0;; retry++) {
            HttpAnswer answer;
            try {
                answer = connection.send(method, pathAndQuery, json);
            } catch (ZohoOAuthException e) {
                connection.reachability().record(0, "no token: " + e.getMessage());
                throw new ZohoShowTimeException("ShowTime " + operation + ": no access token for account '"
                        + connection.account() + "': " + e.getMessage(), operation, e);
            } catch (IOException e) {
                connection.reachability().record(0, "transport error: " + e.getClass().getSimpleName());
                ZohoShowTimeException failure = new ZohoShowTimeException("ShowTime " + operation + " failed: "
                        + e.getClass().getSimpleName() + " talking to " + connection.apiUrl() + ": "
                        + SafeExcerpt.of(e.getMessage()), operation, e);
                // an answer too long to read would be as long again
                boolean retryable = !(e instanceof AnswerTooLargeException) && (idempotent || notSent(e));
                pause(operation, failure, retryable, retry, null, "io");
                continue;
            }
            connection.reachability().record(answer.status(), "HTTP " + answer.status());
            Duration retryAfter = RetryPolicy.retryAfter(answer.retryAfter(), Instant.now());
            int status = answer.status();
            if (status == 401) {
                throw rejectedToken(operation, answer);
            }
            if (status == 429 || status == 502 || status == 503 || status == 504) {
                ZohoShowTimeException failure = classifier.error(operation, answer, retryAfter);
                pause(operation, failure, status == 429 || idempotent, retry, retryAfter, Integer.toString(status));
                continue;
            }
            return answer;
        }
    }

    /** Waits before the next attempt, or throws {@code failure} when no further attempt may or should be made. */
    private void pause(ZohoShowTimeOperation operation, ZohoShowTimeException failure, boolean retryable, int retriesDone,
            Duration retryAfter, String reason) {
        if (!retryable || retriesDone >= policy.maxRetries()) {
            throw failure;
        }
        Duration delay = retryAfter != null ? retryAfter : policy.backoff(retriesDone + 1);
        if (delay.compareTo(policy.maxDelay()) > 0) {
            throw failure;
        }
        LOG.debug("ShowTime {} for account '{}' failed ({}); retry {} of {} in {} ms", operation, connection.account(),
                reason, retriesDone + 1, policy.maxRetries(), delay.toMillis());
        events.retried(operation, connection.account(), reason);
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZohoShowTimeException("ShowTime " + operation + ": interrupted while waiting to retry", operation,
                    failure);
        }
    }

    private ZohoShowTimeException rejectedToken(ZohoShowTimeOperation operation, HttpAnswer answer) {
        ZohoShowTimeException detail = classifier.error(operation, answer, null);
        String code = detail.getZohoCode() != null ? detail.getZohoCode() : "HTTP 401";
        ZohoReauthorizationRequiredException cause = new ZohoReauthorizationRequiredException("ShowTime rejected the"
                + " refreshed access token of account '" + connection.account() + "' (" + code + ")", code, 401);
        return new ZohoShowTimeException("ShowTime " + operation + " failed: HTTP 401 " + code + ": ShowTime rejected the"
                + " access token of account '" + connection.account() + "' also after one refresh. Check that the grant"
                + " has the ShowTime scope this operation needs, or authorize the account again", operation, 401,
                detail.getZohoCode(), detail.getZohoMessage(), detail.getExcerpt(), null, cause);
    }

    /** True when the failure happened before the request left: connecting or waiting for a pooled connection. */
    private static boolean notSent(IOException e) {
        return e instanceof ConnectException || e instanceof ConnectTimeoutException
                || e instanceof ConnectionRequestTimeoutException || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException;
    }

    private static String outcome(ZohoShowTimeException e) {
        int status = e.getHttpStatus();
        if (status == 0) {
            return e.getCause() instanceof ZohoOAuthException ? "token_error" : "transport_error";
        }
        if (status == 401) {
            return "unauthorized";
        }
        if (status == 429) {
            return "rate_limited";
        }
        if (status >= 500) {
            return "server_error";
        }
        if (status >= 400) {
            return "client_error";
        }
        return "invalid_response";
    }

    public ShowTimeConnection connection() {
        return connection;
    }
}
