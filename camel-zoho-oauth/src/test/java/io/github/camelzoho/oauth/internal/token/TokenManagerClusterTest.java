package io.github.camelzoho.oauth.internal.token;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelzoho.oauth.ManualExecutor;
import io.github.camelzoho.oauth.MutableClock;
import io.github.camelzoho.oauth.ZohoAccountsStub;
import io.github.camelzoho.oauth.ZohoOAuthException;
import io.github.camelzoho.oauth.ZohoTokenStoreException;
import io.github.camelzoho.oauth.internal.AccountsHttpClientFactory;
import io.github.camelzoho.oauth.internal.accounts.AccountsClient;
import io.github.camelzoho.oauth.store.InMemoryTokenStore;
import io.github.camelzoho.oauth.token.ZohoGrant;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static io.github.camelzoho.oauth.ZohoAccountsStub.ACCESS_TOKEN_1;
import static io.github.camelzoho.oauth.ZohoAccountsStub.ACCESS_TOKEN_2;
import static io.github.camelzoho.oauth.ZohoAccountsStub.REFRESH_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The token manager as one node of several: the lease decides who refreshes, the others serve or wait (bounded, on the
 * injected clock), the store is read only near expiry, and a store that is down is survived while the token lasts.
 */
class TokenManagerClusterTest {

    private static ZohoAccountsStub zoho;
    private static CloseableHttpClient http;

    private final MutableClock clock = MutableClock.atEpochDay();
    private final ManualExecutor background = new ManualExecutor();
    private final ClusterStore store = new ClusterStore();

    /** An in-memory store with a real lease, a switch to take it down, and a count of reads. */
    private final class ClusterStore extends InMemoryTokenStore {
        final AtomicBoolean down = new AtomicBoolean();
        final AtomicInteger loads = new AtomicInteger();
        String leaseOwner;
        Instant leaseUntil;

        @Override
        public Optional<ZohoGrant> load(String account) {
            check();
            loads.incrementAndGet();
            return super.load(account);
        }

        @Override
        public boolean compareAndSet(String account, long expectedVersion, ZohoGrant next) {
            check();
            return super.compareAndSet(account, expectedVersion, next);
        }

        @Override
        public synchronized boolean tryAcquireRefreshLease(String account, String owner, Instant now, Duration ttl) {
            check();
            if (leaseOwner == null || owner.equals(leaseOwner) || !now.isBefore(leaseUntil)) {
                leaseOwner = owner;
                leaseUntil = now.plus(ttl);
                return true;
            }
            return false;
        }

        @Override
        public synchronized void releaseRefreshLease(String account, String owner) {
            check();
            if (owner.equals(leaseOwner)) {
                leaseOwner = null;
            }
        }

        private void check() {
            if (down.get()) {
                throw new ZohoTokenStoreException("The token store test-db is unreachable: cannot connect", null);
            }
        }
    }

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
    }

    private TokenManager node(Pause pause) {
        AccountsClient accounts = new AccountsClient(http, new ObjectMapper(), ZohoAccountsStub.CLIENT_ID,
                ZohoAccountsStub.CLIENT_SECRET);
        TokenManagerSettings settings = TokenManagerSettings.defaults("default", zoho.url()).withBootstrap(null, REFRESH_TOKEN);
        return new TokenManager(settings, store, accounts, clock, background, TokenEvents.NONE, pause);
    }

    private Pause movingTheClock() {
        return d -> clock.advance(d);
    }

    @Test
    void freshToken_isServedWithoutReadingTheStore() {
        zoho.refreshAnswers(ACCESS_TOKEN_1);
        TokenManager node = node(Pause.SLEEP);
        node.accessToken();
        int loads = store.loads.get();

        for (int i = 0; i < 10_000; i++) {
            node.accessToken();
        }
        clock.advance(Duration.ofMinutes(54));
        node.accessToken();

        assertThat(store.loads.get()).isEqualTo(loads);
    }

    @Test
    void staleTokenWhileAnotherNodeHoldsTheLease_isServedAndTheStoreIsReadAtMostEveryTwoSeconds() {
        zoho.refreshAnswers(ACCESS_TOKEN_1, ACCESS_TOKEN_2);
        TokenManager node = node(Pause.SLEEP);
        node.accessToken();
        clock.advance(Duration.ofMinutes(56));
        store.tryAcquireRefreshLease("default", "other-node", clock.instant(), Duration.ofSeconds(30));

        for (int i = 0; i < 100; i++) {
            assertThat(node.accessToken().value()).isEqualTo(ACCESS_TOKEN_1);
            background.runAll();
        }
        int loadsAfterFirstLook = store.loads.get();
        clock.advance(Duration.ofSeconds(1));
        node.accessToken();
        background.runAll();
        assertThat(store.loads.get()).isEqualTo(loadsAfterFirstLook);

        clock.advance(Duration.ofSeconds(30)); // the other node died: its lease ended
        node.accessToken();
        background.runAll();

        assertThat(node.accessToken().value()).isEqualTo(ACCESS_TOKEN_2);
        assertThat(zoho.tokenRequests()).isEqualTo(2);
    }

    @Test
    void expiredTokenWhileAnotherNodeRefreshes_waitsForTheTokenItStores() {
        TokenManager node = node(d -> {
            clock.advance(d);
            ZohoGrant current = store.load("default").orElseThrow();
            if (current.version() == 1) { // the other node finishes its refresh while we wait
                store.compareAndSet("default", 1, current.withAccessToken(ACCESS_TOKEN_2,
                        clock.instant().plus(Duration.ofHours(1)), null, null, clock.instant()).withVersion(2));
            }
        });
        store.compareAndSet("default", 0, new ZohoGrant("default", REFRESH_TOKEN, ACCESS_TOKEN_1,
                clock.instant().minusSeconds(1), null, zoho.url(), null, null, 1));
        store.tryAcquireRefreshLease("default", "other-node", clock.instant(), Duration.ofSeconds(30));

        assertThat(node.accessToken().value()).isEqualTo(ACCESS_TOKEN_2);
        assertThat(zoho.tokenRequests()).isZero();
    }

    @Test
    void expiredTokenWhileAnotherNodeIsStuck_waitsAtMostLeaseWaitThenSaysSo() {
        TokenManager node = node(movingTheClock());
        store.compareAndSet("default", 0, new ZohoGrant("default", REFRESH_TOKEN, ACCESS_TOKEN_1,
                clock.instant().minusSeconds(1), null, zoho.url(), null, null, 1));
        store.tryAcquireRefreshLease("default", "stuck-node", clock.instant(), Duration.ofMinutes(5));
        Instant before = clock.instant();

        assertThatThrownBy(node::accessToken).isInstanceOf(ZohoOAuthException.class)
                .hasMessageContaining("Another node holds the refresh lease").hasMessageContaining("PT10S");

        assertThat(Duration.between(before, clock.instant())).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(11));
        assertThat(zoho.tokenRequests()).isZero();
    }

    @Test
    void storeDown_keepsServingTheValidCachedToken_thenSaysTheStoreIsUnreachable() {
        zoho.refreshAnswers(ACCESS_TOKEN_1, ACCESS_TOKEN_2);
        TokenManager node = node(Pause.SLEEP);
        node.accessToken();
        store.down.set(true);

        clock.advance(Duration.ofMinutes(57)); // refresh window: the background refresh fails, the token is served
        assertThat(node.accessToken().value()).isEqualTo(ACCESS_TOKEN_1);
        background.runAll();
        assertThat(node.accessToken().value()).isEqualTo(ACCESS_TOKEN_1);

        clock.advance(Duration.ofMinutes(3)); // expired
        assertThatThrownBy(node::accessToken).isInstanceOf(ZohoTokenStoreException.class)
                .hasMessageContaining("unreachable").hasMessageNotContaining(ACCESS_TOKEN_1)
                .hasMessageNotContaining(REFRESH_TOKEN);
        assertThat(zoho.tokenRequests()).isEqualTo(1); // no refresh outside the shared budget and lease

        store.down.set(false);
        clock.advance(Duration.ofSeconds(2)); // past the store back-off
        assertThat(node.accessToken().value()).isEqualTo(ACCESS_TOKEN_2);
    }
}
