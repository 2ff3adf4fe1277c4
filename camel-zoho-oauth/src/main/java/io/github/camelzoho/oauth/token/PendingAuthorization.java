package io.github.camelzoho.oauth.token;

import java.time.Instant;

/**
 * A consent request waiting for its callback: the unguessable {@code state} sent to Zoho, the account it is for,
 * the redirect URI used, and when it stops being accepted. Single use.
 *
 * @param state       the state value (opaque, URL-safe)
 * @param account     the account the consent is for
 * @param redirectUri the redirect URI sent in the consent request (the code exchange must repeat it)
 * @param expiresAt   after this instant the callback is refused
 */
public record PendingAuthorization(String state, String account, String redirectUri, Instant expiresAt) {

    @Override
    public String toString() {
        return "PendingAuthorization[state=****, account=" + account + ", expiresAt=" + expiresAt + "]";
    }
}
