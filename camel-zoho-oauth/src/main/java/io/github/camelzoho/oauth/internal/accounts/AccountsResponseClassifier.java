package io.github.camelzoho.oauth.internal.accounts;

import io.github.camelzoho.oauth.support.SafeExcerpt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelzoho.oauth.ZohoOAuthConfigurationException;
import io.github.camelzoho.oauth.ZohoOAuthException;
import io.github.camelzoho.oauth.ZohoRateLimitedException;
import io.github.camelzoho.oauth.ZohoReauthorizationRequiredException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Turns an answer of the Zoho token endpoint into a {@link TokenResponse} or a typed exception. Zoho decides success
 * by the body, not the status: errors come with HTTP 200 and an {@code error} field, the throttle answer is
 * {@code "error":"Access Denied"} with 200 or 400, and {@code expires_in} is seconds, or milliseconds when
 * {@code expires_in_sec} is present.
 */
public final class AccountsResponseClassifier {

    /** What Zoho documents for every access token; used when {@code expires_in} is missing or unusable. */
    static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);
    /**
     * Shorter than any Zoho access token lives (they live an hour). Taken literally, a lifetime inside the component's
     * 30 s expiry margin would send a token request per exchange until the budget locks the account for 10 minutes.
     */
    private static final long MIN_SECONDS = Duration.ofMinutes(5).toSeconds();
    /** Longer than any Zoho access token lives: a bigger number is read as the legacy milliseconds form. */
    private static final long MAX_SECONDS = Duration.ofDays(1).toSeconds();
    private static final int EXCERPT = 200;

    private final ObjectMapper mapper;

    public AccountsResponseClassifier(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @param throttledUntil the retry instant to report if the answer is Zoho's throttle
     * @param account        the account, for messages
     */
    public TokenResponse classify(GrantType grantType, String accountsServer, int status, String contentType, byte[] body,
            Instant throttledUntil, String account) {
        String what = "Zoho accounts server " + accountsServer;
        JsonNode json = parseObject(body);
        if (json == null) {
            String kind = contentType == null ? "an unknown content type" : contentType;
            throw new ZohoOAuthException(what + " answered the " + grantType.wireName() + " request with HTTP " + status
                    + " and " + kind + " instead of JSON" + (status >= 500 ? " (a server-side failure; it is retried after a back-off)" : "")
                    + ": " + SafeExcerpt.of(new String(body, StandardCharsets.UTF_8), EXCERPT), null, status, null);
        }
        JsonNode error = json.get("error");
        if (error != null && !error.isNull()) {
            throw classifyError(grantType, what, status, error.asText(), json, throttledUntil, account);
        }
        JsonNode accessToken = json.get("access_token");
        if (accessToken == null || !accessToken.isTextual() || accessToken.asText().isBlank()) {
            throw new ZohoOAuthException(what + " answered the " + grantType.wireName() + " request with HTTP " + status
                    + " but no access_token: " + SafeExcerpt.of(json.toString(), EXCERPT), null, status, null);
        }
        if (status < 200 || status >= 300) {
            throw new ZohoOAuthException(what + " answered HTTP " + status + " to the " + grantType.wireName()
                    + " request; the answer was ignored", null, status, null);
        }
        return new TokenResponse(accessToken.asText(), text(json, "refresh_token"), text(json, "api_domain"),
                expiresIn(json), text(json, "scope"));
    }

    private ZohoOAuthException classifyError(GrantType grantType, String what, int status, String code, JsonNode json,
            Instant throttledUntil, String account) {
        String description = text(json, "error_description");
        String safeDescription = description == null ? "" : " (" + SafeExcerpt.of(description, EXCERPT) + ")";
        String lower = code.toLowerCase(Locale.ROOT);
        if (isThrottle(lower, json)) {
            return new ZohoRateLimitedException(what + " throttled account '" + account + "' (" + code + ")" + safeDescription
                    + ". No token request is sent before " + throttledUntil
                    + ", because retries during a throttle prolong it; a still-valid token keeps being served", code, status,
                    throttledUntil);
        }
        switch (lower) {
            case "invalid_code":
                if (grantType == GrantType.REFRESH_TOKEN) {
                    return new ZohoReauthorizationRequiredException("Zoho rejected the refresh token of account '" + account
                            + "' (invalid_code): it was revoked, removed from Connected Apps, or belongs to another client or "
                            + "data centre. Authorize the account again (route a browser to zoho-oauth:authorize), or configure "
                            + "a new grantToken or refreshToken", code, status);
                }
                return new ZohoReauthorizationRequiredException("Zoho rejected the grant code for account '" + account
                        + "' (invalid_code): it expired (codes live about 2 minutes) or was already used. Generate a new code "
                        + "(consent again, or a new self-client code) and retry", code, status);
            case "invalid_client":
                return new ZohoOAuthConfigurationException(what + " does not know the client id (invalid_client). Usually the "
                        + "account lives in another data centre: set dataCenter (us, eu, in, au, jp, cn, ca, sa, uk) or "
                        + "accountsUrl, and enable multi-DC for the client in the Zoho API console", code, status);
            case "invalid_client_secret":
                return new ZohoOAuthConfigurationException(what + " rejected the client secret (invalid_client_secret). "
                        + "Check clientSecret; a client can have a different secret in each data centre", code, status);
            case "invalid_redirect_uri":
                return new ZohoOAuthConfigurationException(what + " rejected the redirect URI (invalid_redirect_uri). Set "
                        + "redirectUri to exactly the URI registered for the client in the Zoho API console", code, status);
            default:
                return new ZohoOAuthException(what + " refused the " + grantType.wireName() + " request for account '"
                        + account + "' with error '" + SafeExcerpt.of(code, 60) + "'" + safeDescription + " (HTTP " + status
                        + ")", code, status, null);
        }
    }

    private static boolean isThrottle(String lowerCode, JsonNode json) {
        if (lowerCode.equals("access denied") || lowerCode.equals("access_denied")) {
            return true;
        }
        String description = text(json, "error_description");
        return "failure".equals(text(json, "status")) && description != null
                && description.toLowerCase(Locale.ROOT).contains("too many requests");
    }

    static Duration expiresIn(JsonNode json) {
        JsonNode sec = json.get("expires_in_sec");
        if (sec != null && sec.canConvertToLong() || sec != null && sec.isTextual() && isDigits(sec.asText())) {
            return clamp(sec.asLong());
        }
        JsonNode raw = json.get("expires_in");
        if (raw == null || !(raw.canConvertToLong() || raw.isTextual() && isDigits(raw.asText()))) {
            return DEFAULT_LIFETIME;
        }
        long value = raw.asLong();
        if (value > MAX_SECONDS) {
            // Legacy answers gave milliseconds; a lifetime of more than a day in seconds is not a Zoho token.
            value = value / 1000;
        }
        return clamp(value);
    }

    private static Duration clamp(long seconds) {
        if (seconds < MIN_SECONDS) {
            return DEFAULT_LIFETIME;
        }
        return Duration.ofSeconds(Math.min(seconds, MAX_SECONDS));
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.length() < 19 && s.chars().allMatch(Character::isDigit);
    }

    private JsonNode parseObject(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            JsonNode n = mapper.readTree(body);
            return n != null && n.isObject() ? n : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode v = json.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }
}
