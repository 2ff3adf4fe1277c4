package io.github.camelzoho.oauth;

import io.github.camelzoho.oauth.store.ZohoTokenStore;
import io.github.camelzoho.oauth.token.ZohoDataCenter;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Configurer;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

import javax.sql.DataSource;

/**
 * The options shared by the component and its endpoints: set them once on the component
 * ({@code camel.component.zoho-oauth.*}) and override per endpoint where needed. {@link #toString()} never shows a
 * secret.
 */
@UriParams
@Configurer
public class ZohoOAuthConfiguration implements Cloneable {

    @UriParam(defaultValue = "default", description = "The account: the name of one Zoho grant (one user's consent)."
            + " Header CamelZohoOAuthAccount overrides it per exchange.")
    private String account = "default";

    @UriParam(label = "security", secret = true, description = "The client id from the Zoho API console.")
    private String clientId;

    @UriParam(label = "security", secret = true, description = "The client secret from the Zoho API console.")
    private String clientSecret;

    @UriParam(label = "security", description = "The redirect URI registered for the client; the callback route's URL."
            + " Needed by authorize and callback.")
    private String redirectUri;

    @UriParam(label = "security", description = "The scopes to ask for, comma separated, for example"
            + " ZohoShowtime.talkapi.READ,ZohoShowtime.portalapi.READ.")
    private String scope;

    @UriParam(label = "security", defaultValue = "offline", enums = "offline,online", description = "offline also"
            + " returns a refresh token (needed for unattended jobs); online returns an access token only.")
    private String accessType = "offline";

    @UriParam(label = "security", defaultValue = "consent", description = "The consent prompt. consent makes Zoho issue a"
            + " new refresh token even if the user consented before; empty to omit.")
    private String prompt = "consent";

    @UriParam(defaultValue = "us", description = "The data centre of the Zoho account: its accounts server is used for"
            + " token requests unless accountsUrl is set.")
    private ZohoDataCenter dataCenter = ZohoDataCenter.us;

    @UriParam(label = "advanced", description = "Overrides the accounts server URL given by dataCenter, for a sandbox or"
            + " tests, for example http://127.0.0.1:8089. Callbacks naming this server are accepted too.")
    private String accountsUrl;

    @UriParam(label = "security", secret = true, description = "A self-client grant code (Zoho calls it grant token),"
            + " exchanged once when the store holds no refresh token for the account. Named so that Camel masks it.")
    private String authorizationToken;

    @UriParam(label = "security", secret = true, description = "A refresh token to seed the store with when it holds none"
            + " for the account.")
    private String refreshToken;

    @UriParam(label = "advanced", description = "A custom token store (for example a JDBC store shared by several"
            + " nodes). Default: in memory, or the file store when tokenStoreFile is set.")
    private ZohoTokenStore tokenStore;

    @UriParam(label = "advanced", description = "Keep grants in this JSON file (mode 0600, atomic writes), so they"
            + " survive restarts.")
    private String tokenStoreFile;

    @UriParam(label = "advanced", description = "Keep grants in a database through this DataSource (for example"
            + " #myDataSource), shared by every node using it: one refresh per expiry for the whole cluster, the"
            + " token-request budget counted across nodes, consent callbacks accepted on any node. Tables are created if"
            + " absent (see tokenStoreTable).")
    private DataSource tokenStoreDataSource;

    @UriParam(label = "advanced", defaultValue = "zoho_oauth_token", description = "The table of the JDBC token store"
            + " (tokenStoreDataSource); consent states go to <table>_pending. Letters, digits and underscores,"
            + " optionally schema.table.")
    private String tokenStoreTable = "zoho_oauth_token";

    @UriParam(label = "security", secret = true, description = "Encrypts the tokens in the file and JDBC stores"
            + " (AES-GCM): base64 of 16 or 32 random bytes, for example from openssl rand -base64 32. Without it the"
            + " tokens are stored in clear and a warning says so at startup.")
    private String tokenEncryptionKey;

    @UriParam(label = "security", secret = true, description = "The key being rotated out: grants written with it are"
            + " still read, and are re-encrypted with tokenEncryptionKey at their next write (the next refresh).")
    private String previousTokenEncryptionKey;

    @UriParam(label = "advanced", defaultValue = "5m", javaType = "java.time.Duration", description = "How long before"
            + " expiry a background refresh starts; the current token is served meanwhile.")
    private long refreshMargin = 300_000;

    @UriParam(label = "advanced", defaultValue = "10", description = "At most this many token requests per account in"
            + " any tokenRequestWindow (Zoho blocks an account beyond 10 per 10 minutes).")
    private int tokenRequestLimit = 10;

    @UriParam(label = "advanced", defaultValue = "10m", javaType = "java.time.Duration", description = "The sliding window"
            + " of tokenRequestLimit.")
    private long tokenRequestWindow = 600_000;

    @UriParam(label = "advanced", defaultValue = "10m", javaType = "java.time.Duration", description = "How long no token"
            + " request is sent after Zoho throttled the account (retries during a throttle prolong it).")
    private long throttleBackoff = 600_000;

    public String getAccount() {
        return account;
    }

    /** The account: the name of one Zoho grant. */
    public void setAccount(String account) {
        this.account = account;
    }

    public String getClientId() {
        return clientId;
    }

    /** The client id from the Zoho API console. */
    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /** The client secret from the Zoho API console. */
    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getRedirectUri() {
        return redirectUri;
    }

    /** The redirect URI registered for the client. */
    public void setRedirectUri(String redirectUri) {
        this.redirectUri = redirectUri;
    }

    public String getScope() {
        return scope;
    }

    /** The scopes to ask for, comma separated. */
    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getAccessType() {
        return accessType;
    }

    /** offline (default) or online. */
    public void setAccessType(String accessType) {
        this.accessType = accessType;
    }

    public String getPrompt() {
        return prompt;
    }

    /** The consent prompt, consent by default. */
    public void setPrompt(String prompt) {
        this.prompt = prompt;
    }

    public ZohoDataCenter getDataCenter() {
        return dataCenter;
    }

    /** The data centre of the Zoho account. */
    public void setDataCenter(ZohoDataCenter dataCenter) {
        this.dataCenter = dataCenter;
    }

    public String getAccountsUrl() {
        return accountsUrl;
    }

    /** Overrides the accounts server URL. */
    public void setAccountsUrl(String accountsUrl) {
        this.accountsUrl = accountsUrl;
    }

    public String getAuthorizationToken() {
        return authorizationToken;
    }

    /** A self-client grant code, exchanged once when the store holds no refresh token. */
    public void setAuthorizationToken(String authorizationToken) {
        this.authorizationToken = authorizationToken;
    }

    public String getRefreshToken() {
        return refreshToken;
    }

    /** A refresh token to seed the store with. */
    public void setRefreshToken(String refreshToken) {
        this.refreshToken = refreshToken;
    }

    public ZohoTokenStore getTokenStore() {
        return tokenStore;
    }

    /** A custom token store. */
    public void setTokenStore(ZohoTokenStore tokenStore) {
        this.tokenStore = tokenStore;
    }

    public String getTokenStoreFile() {
        return tokenStoreFile;
    }

    /** Keep grants in this JSON file. */
    public void setTokenStoreFile(String tokenStoreFile) {
        this.tokenStoreFile = tokenStoreFile;
    }

    public DataSource getTokenStoreDataSource() {
        return tokenStoreDataSource;
    }

    /** Keep grants in a database through this DataSource, shared by every node using it. */
    public void setTokenStoreDataSource(DataSource tokenStoreDataSource) {
        this.tokenStoreDataSource = tokenStoreDataSource;
    }

    public String getTokenStoreTable() {
        return tokenStoreTable;
    }

    /** The table of the JDBC token store, {@code zoho_oauth_token} by default. */
    public void setTokenStoreTable(String tokenStoreTable) {
        this.tokenStoreTable = tokenStoreTable;
    }

    public String getTokenEncryptionKey() {
        return tokenEncryptionKey;
    }

    /** Encrypts the tokens in the file and JDBC stores: base64 of 16 or 32 random bytes. */
    public void setTokenEncryptionKey(String tokenEncryptionKey) {
        this.tokenEncryptionKey = tokenEncryptionKey;
    }

    public String getPreviousTokenEncryptionKey() {
        return previousTokenEncryptionKey;
    }

    /** The key being rotated out; grants written with it are still read. */
    public void setPreviousTokenEncryptionKey(String previousTokenEncryptionKey) {
        this.previousTokenEncryptionKey = previousTokenEncryptionKey;
    }

    public long getRefreshMargin() {
        return refreshMargin;
    }

    /** How long before expiry a background refresh starts, in milliseconds. */
    public void setRefreshMargin(long refreshMargin) {
        this.refreshMargin = refreshMargin;
    }

    public int getTokenRequestLimit() {
        return tokenRequestLimit;
    }

    /** At most this many token requests per account in any tokenRequestWindow. */
    public void setTokenRequestLimit(int tokenRequestLimit) {
        this.tokenRequestLimit = tokenRequestLimit;
    }

    public long getTokenRequestWindow() {
        return tokenRequestWindow;
    }

    /** The sliding window of tokenRequestLimit, in milliseconds. */
    public void setTokenRequestWindow(long tokenRequestWindow) {
        this.tokenRequestWindow = tokenRequestWindow;
    }

    public long getThrottleBackoff() {
        return throttleBackoff;
    }

    /** How long no token request is sent after Zoho throttled the account, in milliseconds. */
    public void setThrottleBackoff(long throttleBackoff) {
        this.throttleBackoff = throttleBackoff;
    }

    /** The accounts server in use: {@link #getAccountsUrl()} if set, else the data centre's. */
    public String resolveAccountsServer() {
        String url = accountsUrl != null && !accountsUrl.isBlank() ? accountsUrl : dataCenter.accountsUrl();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public ZohoOAuthConfiguration copy() {
        try {
            return (ZohoOAuthConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    @Override
    public String toString() {
        return "ZohoOAuthConfiguration[account=" + account + ", dataCenter=" + dataCenter + ", accountsUrl=" + accountsUrl
                + ", clientId=" + mask(clientId) + ", clientSecret=" + mask(clientSecret) + ", authorizationToken="
                + mask(authorizationToken) + ", refreshToken=" + mask(refreshToken) + ", redirectUri=" + redirectUri
                + ", scope=" + scope + ", tokenStoreFile=" + tokenStoreFile + ", tokenStoreDataSource="
                + (tokenStoreDataSource != null ? tokenStoreDataSource.getClass().getSimpleName() : "none")
                + ", tokenStoreTable=" + tokenStoreTable + ", tokenEncryptionKey=" + mask(tokenEncryptionKey) + "]";
    }

    private static String mask(String s) {
        return s == null ? "none" : "****";
    }
}
