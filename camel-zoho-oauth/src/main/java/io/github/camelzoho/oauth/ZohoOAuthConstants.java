package io.github.camelzoho.oauth;

import org.apache.camel.spi.Metadata;

/** Message headers read and written by the {@code zoho-oauth} component. */
public final class ZohoOAuthConstants {

    @Metadata(description = "Selects the account (one Zoho grant) for this exchange, overriding the endpoint's `account`."
            + " Letters, digits, dot, dash and underscore, at most 64 characters.", javaType = "String")
    public static final String ACCOUNT = "CamelZohoOAuthAccount";

    @Metadata(description = "The API domain of the account's data centre, for example `https://www.zohoapis.eu`, set by"
            + " the `token` operation.", javaType = "String")
    public static final String API_DOMAIN = "CamelZohoOAuthApiDomain";

    @Metadata(description = "When the access token set by the `token` operation expires.", javaType = "java.time.Instant")
    public static final String EXPIRES_AT = "CamelZohoOAuthExpiresAt";

    @Metadata(description = "Overrides the endpoint's operation for this exchange.", javaType = "io.github.camelzoho.oauth.ZohoOAuthOperation")
    public static final String OPERATION = "CamelZohoOAuthOperation";

    @Metadata(description = "The consent URL built by the `authorize` operation (also in the body and `Location`).",
            javaType = "String")
    public static final String AUTHORIZATION_URL = "CamelZohoOAuthAuthorizationUrl";

    /** The header every decorated exchange carries: {@code Authorization: Zoho-oauthtoken <token>}. */
    public static final String AUTHORIZATION = "Authorization";

    /** Callback query parameters, as platform-http delivers them in headers. */
    public static final String CALLBACK_CODE = "code";
    public static final String CALLBACK_STATE = "state";
    public static final String CALLBACK_LOCATION = "location";
    public static final String CALLBACK_ACCOUNTS_SERVER = "accounts-server";
    public static final String CALLBACK_ERROR = "error";

    private ZohoOAuthConstants() {
    }
}
