package io.github.camelzoho.oauth;

/** What a {@code zoho-oauth:} endpoint does with an exchange. */
public enum ZohoOAuthOperation {
    /** Sets {@code Authorization: Zoho-oauthtoken <token>} (refreshing when needed); the body is untouched. */
    token,
    /** Builds the consent URL with a fresh single-use {@code state} and answers a browser with a 302 to it. */
    authorize,
    /** Handles Zoho's redirect: checks {@code state} and {@code accounts-server}, exchanges the code, stores tokens. */
    callback,
    /** Refreshes the access token now. */
    refresh,
    /** Revokes the refresh token at Zoho and deletes the grant. */
    revoke,
    /** Reports the token status (never a token or secret). */
    status
}
