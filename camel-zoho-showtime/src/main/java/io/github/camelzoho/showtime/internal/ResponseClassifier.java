package io.github.camelzoho.showtime.internal;

import io.github.camelzoho.oauth.support.SafeExcerpt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelzoho.showtime.ZohoShowTimeException;
import io.github.camelzoho.showtime.ZohoShowTimeOperation;

import java.time.Duration;
import java.util.Locale;

/**
 * Turns one ShowTime answer into JSON or a {@link ZohoShowTimeException}. ShowTime documents no error format; the
 * Zoho-wide shape {@code {"code":"INVALID_TOKEN","message":"...","status":"error"}} is assumed, so an answer is an
 * error when its status is not 2xx, or its body says {@code "status":"error"}, or it is a bare {@code code} and
 * {@code message}. HTML and malformed JSON give a plain message with a safe excerpt, not a parser stack trace.
 */
public final class ResponseClassifier {

    private final ObjectMapper mapper;

    public ResponseClassifier(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The body of a successful answer: its JSON, or {@code null} when it was empty.
     *
     * @throws ZohoShowTimeException when the answer is an error or not JSON
     */
    public JsonNode read(ZohoShowTimeOperation operation, HttpAnswer answer, Duration retryAfter) {
        if (!answer.isSuccess()) {
            throw error(operation, answer, retryAfter);
        }
        if (!answer.hasBody()) {
            return null;
        }
        JsonNode json = parse(operation, answer);
        if (isErrorBody(json)) {
            throw new ZohoShowTimeException("ShowTime " + operation + " failed: HTTP " + answer.status() + " with error "
                    + text(json, "code") + ": " + SafeExcerpt.of(text(json, "message")), operation, answer.status(),
                    text(json, "code"), SafeExcerpt.of(text(json, "message")), SafeExcerpt.of(answer.bodyText()), null, null);
        }
        return json;
    }

    /**
     * A successful {@code talks.json} page bound straight to its types.
     *
     * @throws ZohoShowTimeException when the answer is an error, not JSON, or JSON of another shape
     */
    public TalkPageBody readTalkPage(ZohoShowTimeOperation operation, HttpAnswer answer, Duration retryAfter) {
        if (!answer.isSuccess()) {
            throw error(operation, answer, retryAfter);
        }
        if (!answer.hasBody()) {
            return null;
        }
        TalkPageBody page;
        try {
            page = mapper.readValue(answer.body(), TalkPageBody.class);
        } catch (com.fasterxml.jackson.core.JsonParseException e) {
            throw notJson(operation, answer, e);
        } catch (JsonProcessingException e) {
            throw new ZohoShowTimeException("ShowTime " + operation + " answered JSON that does not fit a talks page: "
                    + SafeExcerpt.of(e.getOriginalMessage()), operation, answer.status(), null, null,
                    SafeExcerpt.of(answer.bodyText()), null, null);
        } catch (java.io.IOException e) {
            throw new ZohoShowTimeException("ShowTime " + operation + " answer could not be read", operation, e);
        }
        if (page != null && page.isError()) {
            throw new ZohoShowTimeException("ShowTime " + operation + " failed: HTTP " + answer.status() + " with error "
                    + page.code + ": " + SafeExcerpt.of(page.message), operation, answer.status(), page.code,
                    SafeExcerpt.of(page.message), SafeExcerpt.of(answer.bodyText()), null, null);
        }
        return page;
    }

    private static ZohoShowTimeException notJson(ZohoShowTimeOperation operation, HttpAnswer answer,
            JsonProcessingException e) {
        return new ZohoShowTimeException("ShowTime " + operation + " answered HTTP " + answer.status()
                + " with a body that is not valid JSON (" + kind(answer) + ", " + e.getOriginalMessage() + "): "
                + SafeExcerpt.of(answer.bodyText()), operation, answer.status(), null, null,
                SafeExcerpt.of(answer.bodyText()), null, null);
    }

    /** The exception for a non-2xx answer, with the Zoho code and message when the body is a Zoho error. */
    public ZohoShowTimeException error(ZohoShowTimeOperation operation, HttpAnswer answer, Duration retryAfter) {
        String excerpt = SafeExcerpt.of(answer.bodyText());
        JsonNode json = tryParse(answer);
        String code = json == null ? null : text(json, "code");
        String message = json == null ? null : SafeExcerpt.of(text(json, "message"));
        StringBuilder text = new StringBuilder("ShowTime ").append(operation).append(" failed: HTTP ").append(answer.status());
        if (code != null) {
            text.append(' ').append(code);
        }
        if (message != null && !message.isEmpty()) {
            text.append(": ").append(message);
        } else if (json == null && answer.hasBody()) {
            text.append(" with a non-JSON answer (").append(kind(answer)).append("): ").append(excerpt);
        }
        if (retryAfter != null) {
            text.append(" (Retry-After ").append(retryAfter.toSeconds()).append("s)");
        }
        return new ZohoShowTimeException(text.toString(), operation, answer.status(), code, message, excerpt, retryAfter,
                null);
    }

    private JsonNode parse(ZohoShowTimeOperation operation, HttpAnswer answer) {
        try {
            return mapper.readTree(answer.body());
        } catch (JsonProcessingException e) {
            throw notJson(operation, answer, e);
        } catch (java.io.IOException e) {
            throw new ZohoShowTimeException("ShowTime " + operation + " answer could not be read", operation, e);
        }
    }

    private JsonNode tryParse(HttpAnswer answer) {
        if (!answer.hasBody()) {
            return null;
        }
        try {
            JsonNode json = mapper.readTree(answer.body());
            return json != null && json.isObject() ? json : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static boolean isErrorBody(JsonNode json) {
        if (json == null || !json.isObject()) {
            return false;
        }
        String status = text(json, "status");
        if (status != null) {
            return "error".equalsIgnoreCase(status) || "failure".equalsIgnoreCase(status);
        }
        return json.path("code").isValueNode() && json.has("message") && json.size() <= 4;
    }

    private static String kind(HttpAnswer answer) {
        String type = answer.contentType();
        if (type != null && type.toLowerCase(Locale.ROOT).contains("html")
                || answer.bodyText().stripLeading().startsWith("<")) {
            return "HTML, probably from a proxy or gateway";
        }
        return type == null ? "no content type" : type;
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }
}
