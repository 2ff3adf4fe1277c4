package io.github.camelzoho.oauth.internal;

import io.github.camelzoho.oauth.ZohoOAuthConstants;
import io.github.camelzoho.oauth.ZohoOAuthException;
import io.github.camelzoho.oauth.token.ZohoAccessToken;
import io.github.camelzoho.oauth.token.ZohoTokenProvider;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpStatus;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

import java.io.IOException;
import java.util.function.Supplier;

/**
 * Sets {@code Authorization: Zoho-oauthtoken <token>} on each request as it is sent (so a redelivery never replays a
 * stale token), and on a 401 asks for a refresh of exactly the rejected token and replays the request once.
 */
public final class ZohoAuthorizationExecHandler implements ExecChainHandler {

    private final Supplier<ZohoTokenProvider> provider;

    public ZohoAuthorizationExecHandler(Supplier<ZohoTokenProvider> provider) {
        this.provider = provider;
    }

    @Override
    public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
            throws IOException, HttpException {
        ZohoTokenProvider tokens = provider.get();
        ZohoAccessToken token = tokens.accessToken();
        HttpEntity entity = request.getEntity();
        boolean replayable = entity == null || entity.isRepeatable();
        ClassicHttpRequest replay = replayable ? ClassicRequestBuilder.copy(request).build() : null;
        request.setHeader(ZohoOAuthConstants.AUTHORIZATION, token.headerValue());
        ClassicHttpResponse response = chain.proceed(request, scope);
        if (response.getCode() != HttpStatus.SC_UNAUTHORIZED) {
            return response;
        }
        if (replay == null) {
            // cannot be sent again, but the next request must not carry the dead token either
            try {
                tokens.refreshIfRejected(token);
            } catch (ZohoOAuthException e) {
                // the 401 is the answer; the refresh failure reaches the next caller
            }
            return response;
        }
        // Drop the connection rather than read the 401 body to its end: a body that never ends would hang here.
        scope.execRuntime.discardEndpoint();
        try {
            response.close();
        } catch (IOException expected) {
            // the connection is already closed: closing the 401's body cannot read it any more, which is the point
        }
        ZohoAccessToken fresh = tokens.refreshIfRejected(token);
        replay.setHeader(ZohoOAuthConstants.AUTHORIZATION, fresh.headerValue());
        return chain.proceed(replay, scope);
    }
}
