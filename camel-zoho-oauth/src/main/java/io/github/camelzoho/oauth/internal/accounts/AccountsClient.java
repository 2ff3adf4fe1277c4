package io.github.camelzoho.oauth.internal.accounts;

import io.github.camelzoho.oauth.support.SafeExcerpt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelzoho.oauth.ZohoOAuthException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.message.BasicNameValuePair;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The Zoho accounts wire protocol: code exchange, refresh and revoke. Parameters always travel in a form body, never
 * in the URL, so no token or secret reaches an access log. One instance per client id; thread-safe.
 */
public final class AccountsClient {

    /** Token answers are a few hundred bytes; anything much larger is not a token answer. */
    static final int MAX_BODY = 64 * 1024;

    private final CloseableHttpClient http;
    private final String clientId;
    private final String clientSecret;
    private final AccountsResponseClassifier classifier;
    private final ObjectMapper mapper;

    public AccountsClient(CloseableHttpClient http, ObjectMapper mapper, String clientId, String clientSecret) {
        this.http = http;
        this.mapper = mapper;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.classifier = new AccountsResponseClassifier(mapper);
    }

    /**
     * Exchanges a grant code. {@code redirectUri} is {@code null} for a self-client code, which Zoho exchanges without
     * one.
     */
    public TokenResponse exchangeCode(String accountsServer, String code, String redirectUri, Instant throttledUntil,
            String account) {
        List<NameValuePair> form = new ArrayList<>();
        form.add(new BasicNameValuePair("grant_type", GrantType.AUTHORIZATION_CODE.wireName()));
        form.add(new BasicNameValuePair("client_id", clientId));
        form.add(new BasicNameValuePair("client_secret", clientSecret));
        if (redirectUri != null) {
            form.add(new BasicNameValuePair("redirect_uri", redirectUri));
        }
        form.add(new BasicNameValuePair("code", code));
        return tokenRequest(GrantType.AUTHORIZATION_CODE, accountsServer, form, throttledUntil, account);
    }

    /** Obtains a new access token with a refresh token. */
    public TokenResponse refresh(String accountsServer, String refreshToken, Instant throttledUntil, String account) {
        List<NameValuePair> form = new ArrayList<>();
        form.add(new BasicNameValuePair("grant_type", GrantType.REFRESH_TOKEN.wireName()));
        form.add(new BasicNameValuePair("client_id", clientId));
        form.add(new BasicNameValuePair("client_secret", clientSecret));
        form.add(new BasicNameValuePair("refresh_token", refreshToken));
        return tokenRequest(GrantType.REFRESH_TOKEN, accountsServer, form, throttledUntil, account);
    }

    /**
     * Revokes a refresh token (and with it every access token issued from it).
     *
     * @return {@code true} if Zoho confirmed, {@code false} if Zoho says the token is not valid (already revoked)
     */
    public boolean revoke(String accountsServer, String refreshToken, String account) {
        HttpPost post = new HttpPost(endpoint(accountsServer, "/oauth/v2/token/revoke"));
        post.setHeader("Accept", "application/json");
        post.setEntity(new UrlEncodedFormEntity(List.of(new BasicNameValuePair("token", refreshToken)), StandardCharsets.UTF_8));
        Answer answer = send(post, accountsServer, "revoke");
        JsonNode json = parse(answer.body);
        String status = json == null ? null : json.path("status").asText(null);
        if (answer.status >= 200 && answer.status < 300 && "success".equals(status)) {
            return true;
        }
        if (answer.status == 400) {
            return false;
        }
        throw new ZohoOAuthException("Zoho accounts server " + accountsServer + " did not confirm the revocation for account '"
                + account + "' (HTTP " + answer.status + "): " + SafeExcerpt.of(new String(answer.body, StandardCharsets.UTF_8), 200)
                + ". The grant was kept; retry the revoke", json == null ? null : json.path("error").asText(null), answer.status,
                null);
    }

    private TokenResponse tokenRequest(GrantType grantType, String accountsServer, List<NameValuePair> form,
            Instant throttledUntil, String account) {
        HttpPost post = new HttpPost(endpoint(accountsServer, "/oauth/v2/token"));
        post.setHeader("Accept", "application/json");
        post.setEntity(new UrlEncodedFormEntity(form, StandardCharsets.UTF_8));
        Answer answer = send(post, accountsServer, grantType.wireName());
        return classifier.classify(grantType, accountsServer, answer.status, answer.contentType, answer.body, throttledUntil,
                account);
    }

    private static URI endpoint(String accountsServer, String path) {
        String base = accountsServer.endsWith("/") ? accountsServer.substring(0, accountsServer.length() - 1) : accountsServer;
        return URI.create(base + path);
    }

    private record Answer(int status, String contentType, byte[] body) {
    }

    private Answer send(HttpPost post, String accountsServer, String what) {
        try {
            return http.execute(post, AccountsClient::read);
        } catch (InterruptedIOException e) {
            throw new ZohoOAuthException("Zoho accounts server " + accountsServer + " did not answer the " + what
                    + " request in time (" + e.getClass().getSimpleName() + "). Check connectivity to it, or raise "
                    + "connectTimeout/responseTimeout; the request is retried after a back-off", e);
        } catch (IOException e) {
            throw new ZohoOAuthException("Cannot reach the Zoho accounts server " + accountsServer + " for the " + what
                    + " request: " + e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + SafeExcerpt.of(e.getMessage(), 200) : "")
                    + ". Check the network and the dataCenter/accountsUrl setting", e);
        }
    }

    private static Answer read(ClassicHttpResponse response) throws IOException {
        HttpEntity entity = response.getEntity();
        byte[] body = new byte[0];
        String contentType = null;
        if (entity != null) {
            contentType = entity.getContentType();
            try (InputStream in = entity.getContent()) {
                body = readBounded(in);
            }
        }
        return new Answer(response.getCode(), contentType, body);
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        byte[] buf = new byte[4096];
        int n;
        while ((n = in.read(buf)) != -1) {
            if (out.size() + n > MAX_BODY) {
                throw new IOException("answer larger than " + MAX_BODY + " bytes; not a token answer");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode n = body.length == 0 ? null : mapper.readTree(body);
            return n != null && n.isObject() ? n : null;
        } catch (IOException e) {
            return null;
        }
    }
}
