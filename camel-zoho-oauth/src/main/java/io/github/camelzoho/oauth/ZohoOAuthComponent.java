package io.github.camelzoho.oauth;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelzoho.oauth.internal.AccountName;
import io.github.camelzoho.oauth.internal.AccountsHttpClientFactory;
import io.github.camelzoho.oauth.internal.ZohoOAuthHealthCheck;
import io.github.camelzoho.oauth.internal.accounts.AccountsClient;
import io.github.camelzoho.oauth.internal.metrics.TokenMetrics;
import io.github.camelzoho.oauth.internal.token.TokenEvents;
import io.github.camelzoho.oauth.internal.token.TokenManager;
import io.github.camelzoho.oauth.internal.token.TokenManagerSettings;
import io.github.camelzoho.oauth.store.FileTokenStore;
import io.github.camelzoho.oauth.store.InMemoryTokenStore;
import io.github.camelzoho.oauth.store.TokenCipher;
import io.github.camelzoho.oauth.store.jdbc.JdbcTokenStore;
import io.github.camelzoho.oauth.store.ZohoTokenStore;
import io.github.camelzoho.oauth.token.ZohoTokenProvider;
import org.apache.camel.Endpoint;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.util.ObjectHelper;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/**
 * The {@code zoho-oauth} component. It owns one token manager per account, so every endpoint, HTTP client configurer
 * and {@code zoho-showtime} endpoint of this CamelContext that uses an account shares that account's cached token and
 * its single refresh.
 */
@Component("zoho-oauth")
public class ZohoOAuthComponent extends DefaultComponent {

    private static final Logger LOG = LoggerFactory.getLogger(ZohoOAuthComponent.class);
    /** More accounts than any deployment has; a header cannot make the component create managers without bound. */
    static final int MAX_ACCOUNTS = 1000;

    @Metadata(description = "The options shared by all endpoints")
    private ZohoOAuthConfiguration configuration = new ZohoOAuthConfiguration();

    @Metadata(label = "advanced", defaultValue = "10s", javaType = "java.time.Duration",
            description = "Timeout for connecting to the Zoho accounts server.")
    private long connectTimeout = 10_000;

    @Metadata(label = "advanced", defaultValue = "30s", javaType = "java.time.Duration",
            description = "Timeout for the accounts server's answer (socket read).")
    private long responseTimeout = 30_000;

    @Metadata(label = "advanced", description = "Customizes the HTTP client used for the accounts server (proxy, SSL),"
            + " with camel-http's HttpClientConfigurer.")
    private HttpClientConfigurer accountsHttpClientConfigurer;

    @Metadata(label = "advanced", description = "The thread pool running background refreshes. Default: a cached pool"
            + " from Camel's ExecutorServiceManager, shut down with the component; a pool given here is not shut down.")
    private ExecutorService refreshExecutorService;

    @Metadata(label = "advanced", description = "The clock used for token expiry; for tests.")
    private Clock clock = Clock.systemUTC();

    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, TokenManager> managers = new ConcurrentHashMap<>();
    private final Map<String, AccountsClient> accountsClients = new ConcurrentHashMap<>();
    /** File and JDBC stores by (location, table, key fingerprint). */
    private final Map<List<Object>, ZohoTokenStore> persistentStores = new ConcurrentHashMap<>();
    private final InMemoryTokenStore memoryStore = new InMemoryTokenStore();
    private volatile CloseableHttpClient httpClient;
    private volatile ExecutorService refreshExecutor;
    private volatile TokenEvents events = TokenEvents.NONE;
    private volatile ZohoOAuthHealthCheck healthCheck;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        if (ObjectHelper.isEmpty(remaining)) {
            throw new IllegalArgumentException("zoho-oauth needs an operation: zoho-oauth:token, authorize, callback, "
                    + "refresh, revoke or status");
        }
        ZohoOAuthOperation operation;
        try {
            operation = ZohoOAuthOperation.valueOf(remaining);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown zoho-oauth operation '" + remaining
                    + "'; use token, authorize, callback, refresh, revoke or status");
        }
        ZohoOAuthEndpoint endpoint = new ZohoOAuthEndpoint(uri, this, operation, configuration.copy());
        setProperties(endpoint, parameters);
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        httpClient = AccountsHttpClientFactory.create(Duration.ofMillis(connectTimeout), Duration.ofMillis(responseTimeout),
                accountsHttpClientConfigurer);
        refreshExecutor = refreshExecutorService != null ? refreshExecutorService
                : getCamelContext().getExecutorServiceManager().newCachedThreadPool(this, "ZohoOAuthRefresh");
        events = TokenMetrics.bind(getCamelContext());
        if (configuration.getTokenStore() == null) {
            resolveStore(configuration); // the component's own store: its clear-text warning belongs to startup
        }
        healthCheck = new ZohoOAuthHealthCheck(this::tokenManagers);
        HealthCheckRegistry registry = HealthCheckRegistry.get(getCamelContext());
        if (registry != null) {
            registry.register(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        // Never revoke here: the refresh token may be shared with other nodes and restarts.
        HealthCheckRegistry registry = HealthCheckRegistry.get(getCamelContext());
        if (registry != null && healthCheck != null) {
            registry.unregister(healthCheck);
        }
        managers.values().forEach(TokenManager::close);
        managers.clear();
        accountsClients.clear();
        if (refreshExecutor != null && refreshExecutor != refreshExecutorService) {
            getCamelContext().getExecutorServiceManager().shutdown(refreshExecutor);
            refreshExecutor = null;
        }
        if (httpClient != null) {
            httpClient.close();
            httpClient = null;
        }
        super.doStop();
    }

    /**
     * The token provider of {@code account}, configured from the component's options. This is how other components
     * and {@link ZohoOAuthHttpClientConfigurer} share this component's tokens.
     */
    public ZohoTokenProvider getTokenProvider(String account) {
        return tokenManager(configuration, account);
    }

    /** The token managers created so far, one per account. */
    public Collection<TokenManager> tokenManagers() {
        return List.copyOf(managers.values());
    }

    /** The token manager of {@code account}, created from {@code config} on first use. */
    public TokenManager tokenManager(ZohoOAuthConfiguration config, String account) {
        AccountName.check(account);
        if (!isStarted() && !isStarting()) {
            throw new IllegalStateException("The zoho-oauth component is not started");
        }
        TokenManager existing = managers.get(account);
        if (existing != null) {
            checkSameClient(existing, config, account);
            return existing;
        }
        if (managers.size() >= MAX_ACCOUNTS) {
            throw new ZohoOAuthConfigurationException("More than " + MAX_ACCOUNTS + " Zoho accounts in use; refusing '"
                    + account + "'. Check what sets header " + ZohoOAuthConstants.ACCOUNT);
        }
        return managers.computeIfAbsent(account, a -> createManager(config, a));
    }

    private void checkSameClient(TokenManager existing, ZohoOAuthConfiguration config, String account) {
        if (!existing.settings().accountsServer().equals(config.resolveAccountsServer())) {
            throw new ZohoOAuthConfigurationException("Account '" + account + "' is already in use with accounts server "
                    + existing.settings().accountsServer() + "; an endpoint asks for " + config.resolveAccountsServer()
                    + ". Use another account name for the other data centre");
        }
    }

    private TokenManager createManager(ZohoOAuthConfiguration config, String account) {
        if (ObjectHelper.isEmpty(config.getClientId()) || ObjectHelper.isEmpty(config.getClientSecret())) {
            throw new ZohoOAuthConfigurationException("zoho-oauth needs clientId and clientSecret (from the Zoho API "
                    + "console), for example camel.component.zoho-oauth.client-id and client-secret");
        }
        if (config.getTokenRequestLimit() < 1 || config.getTokenRequestLimit() > 50) {
            throw new ZohoOAuthConfigurationException("tokenRequestLimit must be between 1 and 50 (Zoho allows 10 per "
                    + "10 minutes); it is " + config.getTokenRequestLimit());
        }
        TokenManagerSettings settings = TokenManagerSettings.defaults(account, config.resolveAccountsServer())
                .withRedirectUri(config.getRedirectUri())
                .withBootstrap(config.getAuthorizationToken(), config.getRefreshToken())
                .withRefreshMargin(Duration.ofMillis(config.getRefreshMargin()))
                .withBudget(config.getTokenRequestLimit(), Duration.ofMillis(config.getTokenRequestWindow()))
                .withThrottleBackoff(Duration.ofMillis(config.getThrottleBackoff()))
                // the lease must outlive the slowest token request, or a second node could refresh meanwhile
                .withLeaseTtl(Duration.ofMillis(Math.max(30_000, connectTimeout + responseTimeout + 10_000)));
        AccountsClient accounts = accountsClients.computeIfAbsent(config.getClientId() + '\n' + config.getClientSecret(),
                k -> new AccountsClient(httpClient, mapper, config.getClientId(), config.getClientSecret()));
        ZohoTokenStore store = resolveStore(config);
        TokenManager manager = new TokenManager(settings, store, accounts, clock, refreshExecutor, events);
        TokenMetrics.registerExpiryGauge(getCamelContext(), manager, clock);
        LOG.debug("Created token manager for account '{}' at {} with store {}", account, settings.accountsServer(),
                store.describe());
        return manager;
    }

    /**
     * The store {@code config} names: its bean, its database ({@code tokenStoreDataSource}), its file, or the
     * component's memory store. File and database stores are created once per location and key, and warn once when
     * they keep tokens in clear text.
     */
    public ZohoTokenStore resolveStore(ZohoOAuthConfiguration config) {
        if (config.getTokenStore() != null) {
            return config.getTokenStore();
        }
        if (config.getTokenStoreDataSource() != null && ObjectHelper.isNotEmpty(config.getTokenStoreFile())) {
            throw new ZohoOAuthConfigurationException("Both tokenStoreDataSource and tokenStoreFile are set; choose one "
                    + "token store");
        }
        if (config.getTokenStoreDataSource() == null && ObjectHelper.isEmpty(config.getTokenStoreFile())) {
            return memoryStore;
        }
        TokenCipher cipher = TokenCipher.of(config.getTokenEncryptionKey(), config.getPreviousTokenEncryptionKey());
        if (config.getTokenStoreDataSource() != null) {
            String table = ObjectHelper.isEmpty(config.getTokenStoreTable()) ? JdbcTokenStore.DEFAULT_TABLE
                    : config.getTokenStoreTable().trim();
            List<Object> key = List.of(config.getTokenStoreDataSource(), table, cipher.fingerprint());
            return persistentStores.computeIfAbsent(key, k -> warnIfClear(
                    new JdbcTokenStore(config.getTokenStoreDataSource(), table, cipher), cipher));
        }
        Path path = Path.of(config.getTokenStoreFile()).toAbsolutePath().normalize();
        return persistentStores.computeIfAbsent(List.of(path, "", cipher.fingerprint()),
                k -> warnIfClear(new FileTokenStore(path, cipher), cipher));
    }

    private static ZohoTokenStore warnIfClear(ZohoTokenStore store, TokenCipher cipher) {
        if (!cipher.encrypts()) {
            LOG.warn("Zoho tokens are stored in clear text in {}: anyone who can read it can use the Zoho account. Set "
                    + "tokenEncryptionKey (base64 of 32 random bytes, for example from openssl rand -base64 32) to "
                    + "encrypt them", store.describe());
        }
        return store;
    }

    public ZohoOAuthConfiguration getConfiguration() {
        return configuration;
    }

    /** The options shared by all endpoints. */
    public void setConfiguration(ZohoOAuthConfiguration configuration) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /** Timeout for connecting to the Zoho accounts server, in milliseconds. */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    /** Timeout for the accounts server's answer, in milliseconds. */
    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public HttpClientConfigurer getAccountsHttpClientConfigurer() {
        return accountsHttpClientConfigurer;
    }

    /** Customizes the HTTP client used for the accounts server. */
    public void setAccountsHttpClientConfigurer(HttpClientConfigurer accountsHttpClientConfigurer) {
        this.accountsHttpClientConfigurer = accountsHttpClientConfigurer;
    }

    public ExecutorService getRefreshExecutorService() {
        return refreshExecutorService;
    }

    /** The thread pool running background refreshes; not shut down by the component. */
    public void setRefreshExecutorService(ExecutorService refreshExecutorService) {
        this.refreshExecutorService = refreshExecutorService;
    }

    public Clock getClock() {
        return clock;
    }

    /** The clock used for token expiry; for tests. */
    public void setClock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }
}
