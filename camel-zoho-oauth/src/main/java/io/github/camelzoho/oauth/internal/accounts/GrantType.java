package io.github.camelzoho.oauth.internal.accounts;

/** The token requests this component sends, with their wire names (also used as meter tags). */
public enum GrantType {
    AUTHORIZATION_CODE("authorization_code"),
    REFRESH_TOKEN("refresh_token");

    private final String wireName;

    GrantType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
