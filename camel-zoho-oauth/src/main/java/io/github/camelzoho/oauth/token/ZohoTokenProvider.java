package io.github.camelzoho.oauth.token;

/**
 * Hands out the current access token of one account. This is what other components (for example
 * {@code zoho-showtime}) and HTTP clients use; the {@code zoho-oauth} component owns one per account.
 */
public interface ZohoTokenProvider {

    /** The account this provider serves. */
    String account();

    /**
     * A valid access token. Lock-free while the token is fresh; inside the refresh margin the current token is served
     * while one background refresh runs; only an expired token makes the caller wait for the (single) refresh.
     *
     * @throws io.github.camelzoho.oauth.ZohoOAuthException when no valid token can be had
     */
    ZohoAccessToken accessToken();

    /**
     * Compare-and-refresh after Zoho rejected {@code rejected} (HTTP 401): if a newer token is already there it is
     * returned without a request; otherwise one refresh runs, shared by every caller that saw the same rejection.
     */
    ZohoAccessToken refreshIfRejected(ZohoAccessToken rejected);

    /** What is known about the grant, without any token. Never triggers a token request. */
    ZohoTokenStatus status();
}
