package io.github.camelzoho.oauth.token;

/** Where an account's access token stands, read from one clock reading. */
public enum ZohoTokenState {
    /** Valid and outside the refresh margin: served lock-free, no refresh. */
    FRESH,
    /** Valid but inside the refresh margin: still served, while one background refresh runs. */
    STALE,
    /** Expired (or about to): callers wait for the one refresh in flight. */
    EXPIRED,
    /** No access token is held. */
    NONE
}
