package io.github.camelzoho.showtime.internal;

import io.github.camelzoho.oauth.ZohoOAuthHttpClientConfigurer;
import io.github.camelzoho.oauth.token.ZohoTokenProvider;
import org.apache.camel.CamelContext;
import org.apache.camel.component.http.CompositeHttpConfigurer;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.component.http.HttpEndpoint;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.hc.client5.http.classic.HttpClient;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.concurrent.Cancellable;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One zoho-oauth account talking to one ShowTime base URL. The HTTP client is camel-http's: it comes from an internal
 * {@link HttpEndpoint} of the {@code http}/{@code https} component, so {@code camel.component.http.*} timeouts, pool
 * sizes, proxy and SSL context parameters apply. {@link ZohoOAuthHttpClientConfigurer} sets the token as each request
 * is sent and replays once after a 401; HttpClient's own retries are off, because {@link ShowTimeClient} retries with
 * back-off and knows which requests may be sent twice.
 */
public final class ShowTimeConnection {

    /** The longest answer read; a longer one (or one that never ends) aborts the connection. */
    static final int MAX_BODY_BYTES = 32 * 1024 * 1024;

    private final String apiUrl;
    private final ZohoTokenProvider tokens;
    private final HttpEndpoint endpoint;
    private final HttpClient client;
    private final ReentrantLock discoveryLock = new ReentrantLock();
    private final Reachability reachability = new Reachability();
    private volatile String defaultOrgId;

    private ShowTimeConnection(String apiUrl, ZohoTokenProvider tokens, HttpEndpoint endpoint) {
        this.apiUrl = apiUrl;
        this.tokens = tokens;
        this.endpoint = endpoint;
        this.client = endpoint.getHttpClient();
    }

    /** Opens a connection for {@code tokens}' account to {@code apiUrl} (no trailing slash). */
    public static ShowTimeConnection open(CamelContext camelContext, String apiUrl, ZohoTokenProvider tokens)
            throws Exception {
        String scheme = URI.create(apiUrl).getScheme();
        if (!"https".equals(scheme) && !"http".equals(scheme)) {
            throw new IllegalArgumentException("apiUrl must be an http or https URL, got '" + apiUrl + "'");
        }
        HttpComponent http = camelContext.getComponent(scheme, HttpComponent.class);
        HttpEndpoint endpoint = (HttpEndpoint) http.createEndpoint(apiUrl);
        CompositeHttpConfigurer configurer = CompositeHttpConfigurer.combineConfigurers(endpoint.getHttpClientConfigurer(),
                builder -> builder.disableAutomaticRetries());
        configurer.addConfigurer(new ZohoOAuthHttpClientConfigurer(tokens));
        endpoint.setHttpClientConfigurer(configurer);
        ServiceHelper.startService(endpoint);
        return new ShowTimeConnection(apiUrl, tokens, endpoint);
    }

    /**
     * Sends one request and reads the whole answer.
     *
     * @param method     the HTTP method
     * @param pathAndQuery the path under the base URL, starting with {@code /}, with its query string
     * @param json       the JSON body, or {@code null}
     */
    public HttpAnswer send(String method, String pathAndQuery, byte[] json) throws IOException {
        return send(method, pathAndQuery, json, MAX_BODY_BYTES);
    }

    /** {@link #send(String, String, byte[])} reading at most {@code maxBodyBytes} of the answer. */
    HttpAnswer send(String method, String pathAndQuery, byte[] json, int maxBodyBytes) throws IOException {
        // HttpUriRequestBase can be cancelled: an answer that is too long is cut by closing the connection, because
        // closing its stream would read the rest first, and a body that never ends would never be closed.
        HttpUriRequestBase request = new HttpUriRequestBase(method, URI.create(apiUrl + pathAndQuery));
        request.setHeader(HttpHeaders.ACCEPT, "application/json");
        if (json != null) {
            request.setEntity(new ByteArrayEntity(json, ContentType.APPLICATION_JSON));
        }
        request.setHeader(HttpHeaders.CONTENT_TYPE, "application/json");
        return client.execute(request, response -> {
            HttpEntity entity = response.getEntity();
            byte[] body = entity == null ? new byte[0] : readBounded(entity, request, maxBodyBytes);
            return new HttpAnswer(response.getCode(), value(response.getFirstHeader(HttpHeaders.CONTENT_TYPE)),
                    value(response.getFirstHeader(HttpHeaders.RETRY_AFTER)), body);
        });
    }

    /**
     * The whole body, if it is at most {@code max} bytes. Otherwise the request is cancelled (the connection is closed
     * at once, not drained) and {@link AnswerTooLargeException} is thrown: EntityUtils.toByteArray(entity, max) would
     * silently truncate, and then drain the rest of the stream while closing it, for ever if it never ends.
     */
    static byte[] readBounded(HttpEntity entity, Cancellable request, int max) throws IOException {
        if (entity.getContentLength() > max) {
            request.cancel();
            throw new AnswerTooLargeException(max);
        }
        InputStream in = entity.getContent();
        if (in == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(
                (int) Math.min(max, Math.max(entity.getContentLength(), 8 * 1024)));
        byte[] buffer = new byte[16 * 1024];
        for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
            if (out.size() + n > max) {
                request.cancel();
                throw new AnswerTooLargeException(max);
            }
            out.write(buffer, 0, n);
        }
        in.close();
        return out.toByteArray();
    }

    private static String value(Header header) {
        return header == null ? null : header.getValue();
    }

    /**
     * The account's default portal, discovered by {@code discover} on first use and cached; concurrent first callers
     * share one discovery. A failed discovery is not cached.
     */
    public String defaultOrgId(Supplier<String> discover) {
        String cached = defaultOrgId;
        if (cached != null) {
            return cached;
        }
        discoveryLock.lock();
        try {
            if (defaultOrgId == null) {
                defaultOrgId = discover.get();
            }
            return defaultOrgId;
        } finally {
            discoveryLock.unlock();
        }
    }

    public String apiUrl() {
        return apiUrl;
    }

    public String account() {
        return tokens.account();
    }

    public ZohoTokenProvider tokens() {
        return tokens;
    }

    /** What the last requests said about whether ShowTime can be reached with this account. */
    public Reachability reachability() {
        return reachability;
    }

    /** Stops the internal HTTP endpoint, closing its client and connection pool. */
    public void close() {
        ServiceHelper.stopAndShutdownService(endpoint);
    }

    @Override
    public String toString() {
        return "ShowTimeConnection[account=" + account() + ", apiUrl=" + apiUrl + "]";
    }
}
