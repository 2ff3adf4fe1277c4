package io.github.camelzoho.sandbox.internal;

import java.util.List;

/**
 * What the resource server learns about a presented access token.
 *
 * @param verdict valid or why not
 * @param scopes the token's scopes when valid
 */
record TokenCheck(Verdict verdict, List<String> scopes) {

    enum Verdict { VALID, UNKNOWN, EXPIRED, REVOKED, EVICTED }

    static TokenCheck of(Verdict verdict) {
        return new TokenCheck(verdict, List.of());
    }
}
