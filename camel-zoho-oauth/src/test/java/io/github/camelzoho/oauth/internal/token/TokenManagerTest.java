package io.github.camelzoho.oauth.internal.token;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelzoho.oauth.ManualExecutor;
import io.github.camelzoho.oauth.MutableClock;
import io.github.camelzoho.oauth.ZohoAccountsStub;
import io.github.camelzoho.oauth.ZohoOAuthConfigurationException;
import io.github.camelzoho.oauth.ZohoOAuthException;
import io.github.camelzoho.oauth.ZohoRateLimitedException;
import io.github.camelzoho.oauth.ZohoReauthorizationRequiredException;
import io.github.camelzoho.oauth.ZohoTokenStoreException;
import io.github.camelzoho.oauth.internal.AccountsHttpClientFactory;
import io.github.camelzoho.oauth.internal.accounts.AccountsClient;
import io.github.camelzoho.oauth.internal.accounts.GrantType;
import io.github.camelzoho.oauth.store.InMemoryTokenStore;
import io.github.camelzoho.oauth.store.ZohoTokenStore;
import io.github.camelzoho.oauth.token.ZohoAccessToken;
import io.github.camelzoho.oauth.token.ZohoGrant;
import io.github.camelzoho.oauth.token.ZohoTokenState;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.camelzoho.oauth.ZohoAccountsStub.ACCESS_TOKEN_1;
import static io.github.camelzoho.oauth.ZohoAccountsStub.ACCESS_TOKEN_2;
import static io.github.camelzoho.oauth.ZohoAccountsStub.ACCESS_TOKEN_3;
import static io.github.camelzoho.oauth.ZohoAccountsStub.REFRESH_TOKEN;
import static io.github.camelzoho.oauth.ZohoAccountsStub.json;
import static io.github.camelzoho.oauth.ZohoAccountsStub.tokenEndpoint;
import static io.github.camelzoho.oauth.ZohoAccountsStub.tokenJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The token lifecycle of one account, against a real HTTP accounts stub, with a hand-moved clock. */
class TokenManagerTest {

    private static ZohoAccountsStub zoho;
    private static CloseableHttpClient http;

    private final MutableClock clock = MutableClock.atEpochDay();
    private final ManualExecutor background = new ManualExecutor();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private ZohoTokenStore store;

    @BeforeAll
    static void startZoho() {
        zoho = new ZohoAccountsStub();
        http = AccountsHttpClientFactory.create(Duration.ofSeconds(2), Duration.ofMillis(500), null);
    }

    @AfterAll
    static void stopZoho() throws Exception {
        http.close();
        zoho.close();
    }

    @BeforeEach
    void setUp() {
        zoho.reset();
        store = new InMemoryTokenStore();
    }

    @AfterEach
    void noTaskLeftBehind() {
        background.runAll();
    }

    private TokenManager manager() {
        return manager(settings());
    }

    private TokenManagerSettings settings() {
        return TokenManagerSettings.defaults("default", zoho.url()).withBootstrap(null, REFRESH_TOKEN);
    }

    private TokenManager manager(TokenManagerSettings settings) {
        return manager(settings, http);
    }

    private TokenManager manager(TokenManagerSettings settings, CloseableHttpClient client) {
        AccountsClient accounts = new AccountsClient(client, new ObjectMapper(), ZohoAccountsStub.CLIENT_ID,
                ZohoAccountsStub.CLIENT_SECRET);
        return new TokenManager(settings, store, accounts, clock, background, new TokenEvents() {
            @Override
            public void tokenRequest(String account, GrantType grantType, String outcome, long durationNanos) {
                events.add(grantType.wireName() + ":" + outcome);
            }
        });
    }

    @Test
    void freshToken_isServedWithoutAnotherRequest() {
        zoho.refreshAnswers(ACCESS_TOKEN_1);
        TokenManager manager = manager();

        assertThat(manager.accessToken().value()).isEqualTo(ACCESS_TOKEN_1);
        for (int i = 0; i < 1000; i++) {
            assertThat(manager.accessToken().headerValue()).isEqualTo("Zoho-oauthtoken " + ACCESS_TOKEN_1);
        }
        clock.advance(Duration.ofMinutes(54));
        manager.accessToken();

        assertThat(zoho.tokenRequests()).isEqualTo(1);
        assertThat(manager.state()).isEqualTo(ZohoTokenState.FRESH);
        assertThat(events).containsExactly("refresh_token:success");
    }

    @Test
    void staleToken_isServedWhileOneBackgroundRefreshRuns() {
        zoho.refreshAnswers(ACCESS_TOKEN_1, ACCESS_TOKEN_2);
        TokenManager manager = manager();
        manager.accessToken();
        clock.advance(Duration.ofMinutes(56)); // inside the 5 minute refresh margin

        for (int i = 0; i < 50; i++) {
            assertThat(manager.accessToken().value()).isEqualTo(ACCESS_TOKEN_1);
        }
        assertThat(background.pending()).isEqualTo(1);
        assertThat(manager.state()).isEqualTo(ZohoTokenState.STALE);

        background.runAll();

        assertThat(manager.accessToken().value()).isEqualTo(ACCESS_TOKEN_2);
        assertThat(zoho.tokenRequests()).isEqualTo(2);
    }

    @Test
    void expiredToken_makesCallersWaitForTheRefresh() {
        zoho.refreshAnswers(ACCESS_TOKEN_1, ACCESS_TOKEN_2);
        TokenManager manager = manager();
        manager.accessToken();
        clock.advance(Duration.ofMinutes(61));

        assertThat(manager.accessToken().value()).isEqualTo(ACCESS_TOKEN_2);
        assertThat(background.pending()).isZero();
        assertThat(zoho.tokenRequests()).isEqualTo(2);
    }

    @Test
    void concurrentCallersAcrossExpiry_makeExactlyOneTokenRequest() throws Exception {
        zoho.refreshAnswers(ACCESS_TOKEN_1);
        TokenManager manager = manager();
        manager.accessToken();
        zoho.reset();
        zoho.tokenAnswer(json(tokenJson(ACCESS_TOKEN_2, 3600, "https://www.zohoapis.com")).withFixedDelay(100));
        clock.advance(Duration.ofMinutes(61));

        int callers = 200;
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ZohoAccessToken>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return manager.accessToken();
                }));
            }
            start.countDown();
            for (Future<ZohoAccessToken> f : results) {
                assertThat(f.get(10, TimeUnit.SECONDS).value()).isEqualTo(ACCESS_TOKEN_2);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(zoho.tokenRequests()).isEqualTo(1);
    }

    @Test
    void singleFlightError_isSharedByAllWaitersAndReplayedDuringBackoff() throws Exception {
        zoho.tokenAnswer(aResponse().withStatus(503).withHeader("Content-Type", "text/html")
                .withBody("<html><body>Service Unavailable</body></html>").withFixedDelay(100));
        TokenManager manager = manager();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(() -> {
                    try {
                        manager.accessToken();
                    } catch (ZohoOAuthException e) {
                        errors.add(e);
                    }
                }));
            }
            for (Future<?> f : calls) {
                f.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(errors).hasSize(8);
        assertThat(errors.get(0)).hasMessageContaining("HTTP 503").hasMessageContaining("instead of JSON")
                .hasMessageContaining("Service Unavailable");
        assertThat(zoho.tokenRequests()).isEqualTo(1);

        assertThatThrownBy(manager::accessToken).isSameAs(errors.get(0));
        assertThat(zoho.tokenRequests()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(2));
        zoho.reset();
        zoho.refreshAnswers(ACCESS_TOKEN_1);
        assertThat(manager.accessToken().value()).isEqualTo(ACCESS_TOKEN_1);
    }

    @Test
    void rejectedToken_isRefreshedOnceAndANewerTokenIsReturnedWithoutARequest() {
        zoho.refreshAnswers(ACCESS_TOKEN_1, ACCESS_TOKEN_2, ACCESS_TOKEN_3);
        TokenManager manager = manager();
        ZohoAccessToken first = manager.accessToken();

        ZohoAccessToken second = manager.refreshIfRejected(first);
        ZohoAccessToken again = manager.refreshIfRejected(first); // a second caller saw the same 401

        assertThat(second.value()).isEqualTo(ACCESS_TOKEN_2);
        assertThat(again.value()).isEqualTo(ACCESS_TOKEN_2);
        assertThat(manager.accessToken().value()).isEqualTo(ACCESS_TOKEN_2);
        assertThat(zoho.tokenRequests()).isEqualTo(2);
    }

    @Test
    void rejectedToken_isNotAdoptedAgainFromTheStore() {
        zoho.refreshAnswers(ACCESS_TOKEN_1, ACCESS_TOKEN_2);
        TokenManager manager = manager();
        ZohoAccessToken first = manager.accessToken();
        TokenManager other = manager(); // a second process on the same store
        assertThat(other.accessToken().value()).isEqualTo(ACCESS_TOKEN_1); // adopted, no request

        assertThat(other.refreshIfRejected(first).value()).isEqualTo(ACCESS_TOKEN_2);
        assertThat(zoho.tokenRequests()).isEqualTo(2);
    }

    @Test
    void expiresIn_isReadAsSecondsAndLegacyFormAsMilliseconds() {
        zoho.tokenAnswer(json("{\"access_token\":\"" + ACCESS_TOKEN_1 + "\",\"expires_in\":3600000,\"expires_in_sec\":3600}"));
        TokenManager legacy = manager();
        assertThat(legacy.accessToken().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));

        store = new InMemoryTokenStore();
        zoho.reset();
        zoho.tokenAnswer(json("{\"access_token\":\"" + ACCESS_TOKEN_2 + "\",\"expires_in\":1800}"));
        assertThat(manager().accessToken().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(30)));
    }

    @Test
    void missingOrNonsenseExpiresIn_assumesZohosOneHour() {
        for (String expires : new String[] { "", ",\"expires_in\":0", ",\"expires_in\":-5", ",\"expires_in\":\"soon\"" }) {
            store = new InMemoryTokenStore();
            zoho.reset();
            zoho.tokenAnswer(json("{\"access_token\":\"" + ACCESS_TOKEN_1 + "\"" + expires + "}"));
            assertThat(manager().accessToken().expiresAt()).as(expires).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
        }
    }

    @Test
    void hugeExpiresInWithoutLegacyMarker_isCappedAtOneDay() {
        zoho.tokenAnswer(json("{\"access_token\":\"" + ACCESS_TOKEN_1 + "\",\"expires_in\":999999999999}"));
        assertThat(manager().accessToken().expiresAt()).isBeforeOrEqualTo(clock.instant().plus(Duration.ofDays(1)));
    }

    @Test
    void tokenRequests_sendParametersInAFormBodyNeverInTheUrl() {
        zoho.refreshAnswers(ACCESS_TOKEN_1);
        manager().accessToken();

        zoho.server().verify(1, postRequestedFor(urlEqualTo("/oauth/v2/token"))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("client_secret=" + ZohoAccountsStub.CLIENT_SECRET))
                .withRequestBody(containing("refresh_token=" + REFRESH_TOKEN)));
    }

    @Test
    void invalidCodeOnRefresh_requiresReauthorizationAndSendsNoFurtherRequest() {
        zoho.tokenAnswer(json("{\"error\":\"invalid_code\"}"));
        TokenManager manager = manager();

        assertThatThrownBy(manager::accessToken).isInstanceOf(ZohoReauthorizationRequiredException.class)
                .hasMessageContaining("invalid_code").hasMessageContaining("zoho-oauth:authorize")
                .hasMessageNotContaining(REFRESH_TOKEN);
        clock.advance(Duration.ofMinutes(5));
        assertThatThrownBy(manager::accessToken).isInstanceOf(ZohoReauthorizationRequiredException.class);

        assertThat(zoho.tokenRequests()).isEqualTo(1);
    }

    @Test
    void invalidClient_isAConfigurationErrorWithADataCentreHint() {
        zoho.tokenAnswer(json("{\"error\":\"invalid_client\"}"));
        assertThatThrownBy(manager()::accessToken).isInstanceOf(ZohoOAuthConfigurationException.class)
                .hasMessageContaining("data centre").hasMessageContaining("dataCenter")
                .satisfies(e -> assertThat(((ZohoOAuthException) e).getErrorCode()).isEqualTo("invalid_client"));
    }

    @Test
    void invalidClientSecret_isAConfigurationError() {
        zoho.tokenAnswer(json("{\"error\":\"invalid_client_secret\"}"));
        assertThatThrownBy(manager()::accessToken).isInstanceOf(ZohoOAuthConfigurationException.class)
                .hasMessageContaining("clientSecret").hasMessageNotContaining(ZohoAccountsStub.CLIENT_SECRET);
    }

    @Test
    void throttleWithHttp200Or400_stopsTokenRequestsUntilTheBackoffEnds() {
        for (int status : new int[] { 200, 400 }) {
            store = new InMemoryTokenStore();
            zoho.reset();
            zoho.tokenAnswer(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                    .withBody(ZohoAccountsStub.THROTTLE_BODY));
            TokenManager manager = manager();

            assertThatThrownBy(manager::accessToken).isInstanceOf(ZohoRateLimitedException.class)
                    .hasMessageContaining("throttled")
                    .satisfies(e -> assertThat(((ZohoRateLimitedException) e).getRetryAt())
                            .isEqualTo(clock.instant().plus(Duration.ofMinutes(10))));
            clock.advance(Duration.ofMinutes(9));
            assertThatThrownBy(manager::accessToken).isInstanceOf(ZohoRateLimitedException.class);
            assertThat(zoho.tokenRequests()).as("HTTP %d", status).isEqualTo(1);

            clock.advance(Duration.ofMinutes(2));
            zoho.reset();
            zoho.refreshAnswers(ACCESS_TOKEN_1);
            assertThat(manager.accessToken().value()).isEqualTo(ACCESS_TOKEN_1);
        }
    }

    @Test
    void throttledBackgroundRefresh_keepsServingTheStillValidToken() {
        zoho.refreshAnswers(ACCESS_TOKEN_1);
        TokenManager manager = manager();
        manager.accessToken();
        zoho.reset();
        zoho.tokenAnswer(json(ZohoAccountsStub.THROTTLE_BODY));
        clock.advance(Duration.ofMinutes(56));

        assertThat(manager.accessToken().value()).isEqualTo(ACCESS_TOKEN_1);
        background.runAll();
        for (int i = 0; i < 20; i++) {
            assertThat(manager.accessToken().value()).isEqualTo(ACCESS_TOKEN_1);
            background.runAll();
        }
        assertThat(zoho.tokenRequests()).isEqualTo(1);
        assertThat(manager.currentFailure()).containsInstanceOf(ZohoRateLimitedException.class);
    }

    @Test
    void ownBudget_refusesTheEleventhRequestInTenMinutes() {
        zoho.refreshAnswers(ACCESS_TOKEN_1);
        TokenManager manager = manager();
        manager.accessToken();
        for (int i = 0; i < 9; i++) {
            manager.forceRefresh();
        }
        assertThat(zoho.tokenRequests()).isEqualTo(10);

        assertThatThrownBy(manager::forceRefresh).isInstanceOf(ZohoRateLimitedException.class)
                .hasMessageContaining("budget").hasMessageContaining("10 per 10 minutes");
        assertThat(zoho.tokenRequests()).isEqualTo(10);
        assertThat(manager.accessToken().value()).isEqualTo(ACCESS_TOKEN_1); // still valid, still served

        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        manager.forceRefresh();
        assertThat(zoho.tokenRequests()).isEqualTo(11);
    }

    @Test
    void htmlPageAndMalformedJson_giveAClearErrorWithASafeExcerpt() {
        zoho.tokenAnswer(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                .withBody("<html><title>502 Bad Gateway</title> refresh_token=" + REFRESH_TOKEN + "</html>"));
        assertThatThrownBy(manager()::accessToken).isInstanceOf(ZohoOAuthException.class)
                .hasMessageContaining("HTTP 502").hasMessageContaining("text/html").hasMessageContaining("Bad Gateway")
                .hasMessageNotContaining(REFRESH_TOKEN)
                .satisfies(e -> assertThat(((ZohoOAuthException) e).getHttpStatus()).isEqualTo(502));

        store = new InMemoryTokenStore();
        zoho.reset();
        zoho.tokenAnswer(json("{\"access_token\":\"" + ACCESS_TOKEN_1 + "\",\"expires_in\":36"));
        assertThatThrownBy(manager()::accessToken).isInstanceOf(ZohoOAuthException.class)
                .hasMessageContaining("instead of JSON").hasMessageNotContaining(ACCESS_TOKEN_1);
    }

    @Test
    void http200WithoutAccessToken_isAnError() {
        zoho.tokenAnswer(json("{\"status\":\"ok\"}"));
        assertThatThrownBy(manager()::accessToken).isInstanceOf(ZohoOAuthException.class)
                .hasMessageContaining("no access_token");
    }

    @Test
    void slowAccountsServer_timesOutWithAClearError() {
        zoho.tokenAnswer(json(tokenJson(ACCESS_TOKEN_1, 3600, "https://www.zohoapis.com")).withFixedDelay(3000));
        assertThatThrownBy(manager()::accessToken).isInstanceOf(ZohoOAuthException.class)
                .hasMessageContaining("did not answer").hasMessageContaining("in time");
    }

    @Test
    void refreshWithoutApiDomain_keepsTheLastOne() {
        zoho.tokenAnswer(json(tokenJson(ACCESS_TOKEN_1, 3600, "https://www.zohoapis.eu")));
        TokenManager manager = manager();
        assertThat(manager.accessToken().apiDomain()).isEqualTo("https://www.zohoapis.eu");
        zoho.reset();
        zoho.tokenAnswer(json("{\"access_token\":\"" + ACCESS_TOKEN_2 + "\",\"expires_in\":3600}"));

        assertThat(manager.forceRefresh().apiDomain()).isEqualTo("https://www.zohoapis.eu");
    }

    @Test
    void apiDomainOutsideZoho_isIgnoredSoTheTokenIsNeverSentThere() {
        zoho.tokenAnswer(json(tokenJson(ACCESS_TOKEN_1, 3600, "https://www.zohoapis.com.evil.example")));
        assertThat(manager().accessToken().apiDomain()).isNull();
    }

    @Test
    void refresh_goesToTheAccountsServerTheGrantCameFrom() {
        // the grant was issued by "another data centre": this stub, while the default server is unreachable
        store.compareAndSet("default", 0, ZohoGrant.ofRefreshToken("default", REFRESH_TOKEN, zoho.url()).withVersion(1));
        zoho.refreshAnswers(ACCESS_TOKEN_1);
        TokenManager manager = manager(TokenManagerSettings.defaults("default", "http://127.0.0.1:9"));

        assertThat(manager.accessToken().value()).isEqualTo(ACCESS_TOKEN_1);
    }

    @Test
    void grantToken_isExchangedOnceAndTheRefreshTokenStored() {
        zoho.server().stubFor(tokenEndpoint().withRequestBody(containing("grant_type=authorization_code"))
                .withRequestBody(notContaining("redirect_uri"))
                .willReturn(json(ZohoAccountsStub.codeExchangeJson(ACCESS_TOKEN_1, REFRESH_TOKEN))));
        TokenManagerSettings settings = TokenManagerSettings.defaults("default", zoho.url())
                .withBootstrap(ZohoAccountsStub.GRANT_CODE, null);

        assertThat(manager(settings).accessToken().value()).isEqualTo(ACCESS_TOKEN_1);
        assertThat(manager(settings).accessToken().value()).isEqualTo(ACCESS_TOKEN_1); // a restart: from the store

        assertThat(zoho.tokenRequests()).isEqualTo(1);
        assertThat(store.load("default")).get().extracting(ZohoGrant::refreshToken).isEqualTo(REFRESH_TOKEN);
    }

    @Test
    void noGrantAndNothingToBootstrapFrom_saysHowToAuthorize() {
        TokenManager manager = manager(TokenManagerSettings.defaults("default", zoho.url()));
        assertThatThrownBy(manager::accessToken).isInstanceOf(ZohoReauthorizationRequiredException.class)
                .hasMessageContaining("No Zoho grant").hasMessageContaining("zoho-oauth:callback")
                .hasMessageContaining("grantToken");
        assertThat(zoho.tokenRequests()).isZero();
    }

    @Test
    void tokenThatCannotBeSaved_isReportedToTheCallerAndStillUsed() {
        AtomicBoolean broken = new AtomicBoolean(true);
        store = new InMemoryTokenStore() {
            @Override
            public boolean compareAndSet(String account, long expectedVersion, ZohoGrant next) {
                if (broken.get()) {
                    throw new ZohoTokenStoreException("disk full", null);
                }
                return super.compareAndSet(account, expectedVersion, next);
            }
        };
        zoho.refreshAnswers(ACCESS_TOKEN_1, ACCESS_TOKEN_2);
        TokenManager manager = manager();

        assertThatThrownBy(manager::accessToken).isInstanceOf(ZohoTokenStoreException.class)
                .hasMessageContaining("could not be saved").hasMessageContaining("disk full");
        assertThat(manager.accessToken().value()).isEqualTo(ACCESS_TOKEN_1);

        broken.set(false);
        clock.advance(Duration.ofMinutes(61));
        assertThat(manager.accessToken().value()).isEqualTo(ACCESS_TOKEN_2);
        assertThat(store.load("default")).get().extracting(ZohoGrant::accessToken).isEqualTo(ACCESS_TOKEN_2);
    }

    @Test
    void revoke_postsTheRefreshTokenInTheBodyAndDeletesTheGrant() {
        zoho.refreshAnswers(ACCESS_TOKEN_1);
        zoho.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/oauth/v2/token/revoke"))
                .willReturn(json("{\"status\":\"success\"}")));
        TokenManager manager = manager();
        manager.accessToken();

        assertThat(manager.revoke().state()).isEqualTo(ZohoTokenState.NONE);

        zoho.server().verify(1, postRequestedFor(urlEqualTo("/oauth/v2/token/revoke"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.equalTo("token=" + REFRESH_TOKEN.replace(".", "."))));
        assertThat(store.load("default")).isEmpty();
        assertThatThrownBy(manager::accessToken).isInstanceOf(ZohoReauthorizationRequiredException.class);
    }

    @Test
    void revokeThatZohoDoesNotConfirm_keepsTheGrant() {
        zoho.refreshAnswers(ACCESS_TOKEN_1);
        zoho.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/oauth/v2/token/revoke"))
                .willReturn(aResponse().withStatus(500)));
        TokenManager manager = manager();
        manager.accessToken();

        assertThatThrownBy(manager::revoke).isInstanceOf(ZohoOAuthException.class).hasMessageContaining("kept");
        assertThat(store.load("default")).isPresent();
        assertThat(manager.accessToken().value()).isEqualTo(ACCESS_TOKEN_1);
    }

    @Test
    void revokeDuringTheFirstRefresh_waitsForItAndRevokesWhatItObtained() throws Exception {
        // without waiting, the revoke found no grant yet and the refresh then stored one that nobody revoked
        zoho.tokenAnswer(json(tokenJson(ACCESS_TOKEN_1, 3600, "https://www.zohoapis.com")).withFixedDelay(250));
        zoho.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/oauth/v2/token/revoke"))
                .willReturn(json("{\"status\":\"success\"}")));
        CloseableHttpClient patient = AccountsHttpClientFactory.create(Duration.ofSeconds(5), Duration.ofSeconds(5), null);
        TokenManager manager = manager(settings(), patient);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<ZohoAccessToken> first = pool.submit(manager::accessToken);
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> zoho.tokenRequests() == 1);

            assertThat(manager.revoke().state()).isEqualTo(ZohoTokenState.NONE);

            assertThat(first.get(5, TimeUnit.SECONDS).value()).isEqualTo(ACCESS_TOKEN_1); // the refresh finished first
        } finally {
            pool.shutdownNow();
            patient.close();
        }
        zoho.server().verify(1, postRequestedFor(urlEqualTo("/oauth/v2/token/revoke")));
        assertThat(store.load("default")).isEmpty();
        assertThatThrownBy(manager::accessToken).isInstanceOf(ZohoReauthorizationRequiredException.class);
        assertThat(zoho.tokenRequests()).isEqualTo(1);
    }

    @Test
    void lifetimeShorterThanAnyZohoToken_isTakenAsTheDocumentedHour() {
        zoho.tokenAnswer(json(tokenJson(ACCESS_TOKEN_1, 20, "https://www.zohoapis.com")));
        TokenManager manager = manager();

        assertThat(manager.accessToken().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
        for (int i = 0; i < 100; i++) {
            manager.accessToken();
        }
        assertThat(zoho.tokenRequests()).isEqualTo(1);
    }

    @Test
    void apiDomainOnTheAccountsHostButAnotherPort_isIgnored() {
        zoho.tokenAnswer(json(tokenJson(ACCESS_TOKEN_1, 3600, "http://127.0.0.1:1")));
        assertThat(manager().accessToken().apiDomain()).isNull();
        store = new InMemoryTokenStore();
        zoho.reset();
        zoho.tokenAnswer(json(tokenJson(ACCESS_TOKEN_1, 3600, zoho.url())));
        assertThat(manager().accessToken().apiDomain()).isEqualTo(zoho.url()); // a sandbox serves both
    }

    @Test
    void rejectionOfATokenJustIssuedAfterARejection_sendsNoRequestWithinTheBudgetWindow() {
        zoho.refreshAnswers(ACCESS_TOKEN_1, ACCESS_TOKEN_2, ACCESS_TOKEN_3);
        TokenManager manager = manager();
        ZohoAccessToken first = manager.accessToken();
        ZohoAccessToken second = manager.refreshIfRejected(first); // e.g. evicted: one refresh

        // the new token is rejected too: that is a scope or permission problem, not the token
        for (int i = 0; i < 20; i++) {
            assertThat(manager.refreshIfRejected(second).value()).isEqualTo(ACCESS_TOKEN_2);
        }
        assertThat(zoho.tokenRequests()).isEqualTo(2);

        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(manager.refreshIfRejected(second).value()).isEqualTo(ACCESS_TOKEN_3);
        assertThat(zoho.tokenRequests()).isEqualTo(3);
    }

    @Test
    void grantReplacedWhileRefreshing_isNotOverwrittenWithTheOldGrantsToken() {
        String newRefreshToken = "1000.eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee.ffffffffffffffffffffffffffffffff";
        AtomicBoolean replaced = new AtomicBoolean();
        store = new InMemoryTokenStore() {
            @Override
            public boolean compareAndSet(String account, long expectedVersion, ZohoGrant next) {
                if (next.version() == 2 && replaced.compareAndSet(false, true)) {
                    // another node revoked and the user consented again, between our read and our write
                    super.compareAndSet(account, 1, new ZohoGrant(account, newRefreshToken, ACCESS_TOKEN_3,
                            clock.instant().plus(Duration.ofHours(1)), "https://www.zohoapis.com", zoho.url(), null,
                            clock.instant(), 2));
                }
                return super.compareAndSet(account, expectedVersion, next);
            }
        };
        zoho.refreshAnswers(ACCESS_TOKEN_1, ACCESS_TOKEN_2);
        TokenManager manager = manager();
        ZohoAccessToken first = manager.accessToken();

        assertThat(manager.refreshIfRejected(first).value()).isEqualTo(ACCESS_TOKEN_3); // the new consent's token
        assertThat(store.load("default")).get().extracting(ZohoGrant::refreshToken).isEqualTo(newRefreshToken);
        assertThat(store.load("default")).get().extracting(ZohoGrant::accessToken).isEqualTo(ACCESS_TOKEN_3);
    }

    @Test
    void grantCodeWhoseTokensCannotBeSaved_keepsThemInMemory() {
        AtomicBoolean broken = new AtomicBoolean(true);
        store = new InMemoryTokenStore() {
            @Override
            public boolean compareAndSet(String account, long expectedVersion, ZohoGrant next) {
                if (broken.get()) {
                    throw new ZohoTokenStoreException("disk full", null);
                }
                return super.compareAndSet(account, expectedVersion, next);
            }
        };
        zoho.server().stubFor(tokenEndpoint().withRequestBody(containing("grant_type=authorization_code"))
                .willReturn(json(ZohoAccountsStub.codeExchangeJson(ACCESS_TOKEN_1, REFRESH_TOKEN))));
        zoho.refreshAnswers(ACCESS_TOKEN_2);
        TokenManager manager = manager(TokenManagerSettings.defaults("default", zoho.url())
                .withBootstrap(ZohoAccountsStub.GRANT_CODE, null));

        assertThatThrownBy(manager::accessToken).isInstanceOf(ZohoTokenStoreException.class);
        assertThat(manager.accessToken().value()).isEqualTo(ACCESS_TOKEN_1); // the single-use code is not lost

        broken.set(false);
        clock.advance(Duration.ofMinutes(61));
        assertThat(manager.accessToken().value()).isEqualTo(ACCESS_TOKEN_2); // refreshed with the unsaved refresh token
        assertThat(store.load("default")).get().extracting(ZohoGrant::refreshToken).isEqualTo(REFRESH_TOKEN);
    }

    @Test
    void status_neverContainsATokenAndSendsNoRequest() {
        zoho.refreshAnswers(ACCESS_TOKEN_1);
        TokenManager manager = manager();
        manager.accessToken();

        String status = manager.status().toString();
        assertThat(status).doesNotContain(ACCESS_TOKEN_1).doesNotContain(REFRESH_TOKEN).contains("FRESH")
                .contains("refreshTokenPresent=true");
        assertThat(zoho.tokenRequests()).isEqualTo(1);
        assertThat(manager.status().expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
        assertThat(Instant.now()).isNotNull();
    }
}
