package io.github.camelzoho.reliability;

import io.github.camelzoho.oauth.ZohoOAuthConstants;
import io.github.camelzoho.oauth.ZohoOAuthException;
import io.github.camelzoho.oauth.ZohoTokenStoreException;
import io.github.camelzoho.oauth.store.jdbc.JdbcTokenStore;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cluster (JDBC) store on H2 served over TCP on loopback: the database stopped and restarted under a running
 * route, and a node that took the refresh lease and died.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcStoreFaultsTest {

    private static final String GROUP = "Stores";
    static final String REFRESH_TOKEN = "1000.db000000000000000000000000000001.db000000000000000000000000000002";
    static final String TOKEN_1 = "1000.db100000000000000000000000000001.db100000000000000000000000000002";

    private Wire zoho;
    private MutableClock clock;
    private int port;
    private Server db;
    private JdbcTokenStore store;

    @BeforeAll
    void start() throws Exception {
        Ledger.secret(TOKEN_1);
        zoho = new Wire();
        zoho.tokenAnswer(Wire.json(200, Wire.tokenJson(TOKEN_1, "3600", "https://www.zohoapis.com")));
        clock = MutableClock.start();
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        startDb();
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:tcp://127.0.0.1:" + port + "/mem:reliability;DB_CLOSE_DELAY=-1");
        store = new JdbcTokenStore(ds);
        store.createSchemaIfAbsent();
    }

    private void startDb() throws Exception {
        db = Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists").start();
    }

    @AfterAll
    void stop() {
        db.stop();
        zoho.close();
    }

    private Exchanges.Result token(Harness h, String fault, String account) {
        return Exchanges.send(h.template, GROUP, fault, "zoho-oauth:token",
                e -> e.getMessage().setHeader(ZohoOAuthConstants.ACCOUNT, account));
    }

    @Test
    void databaseStoppedAndRestarted_failsTypedOnlyWhileItIsDown() throws Exception {
        String fault = "JDBC database stopped and restarted";
        zoho.reset();
        zoho.tokenAnswer(Wire.json(200, Wire.tokenJson(TOKEN_1, "3600", "https://www.zohoapis.com")));
        try (Harness h = new Harness(zoho.url(), null, clock, c -> {
            c.setRefreshToken(REFRESH_TOKEN);
            c.setTokenStore(new RecordingStore(store));
        })) {
            assertThat(token(h, fault, "db").exception()).isNull();
            db.stop();
            assertThat(token(h, fault, "db").exception()).as("a fresh token needs no database").isNull();
            clock.advance(Duration.ofMinutes(61));
            Exchanges.Result down = token(h, fault, "db");
            assertThat(down.exception()).isInstanceOf(ZohoTokenStoreException.class);
            assertThat(zoho.tokenRequests()).as("no token request without the store").isEqualTo(1);
            startDb();
            clock.advance(Duration.ofSeconds(2));
            assertThat(token(h, fault, "db").exception()).as("after the restart").isNull();
            assertThat(zoho.tokenRequests()).isEqualTo(2);
            Ledger.tokenRequests(zoho.tokenRequests(), 1);
        }
    }

    @Test
    void leaseHolderThatDies_blocksForAtMostTheLeaseThenAnotherNodeRefreshes() throws Exception {
        String fault = "JDBC lease holder dies";
        zoho.reset();
        zoho.tokenAnswer(Wire.json(200, Wire.tokenJson(TOKEN_1, "3600", "https://www.zohoapis.com")));
        try (Harness h = new Harness(zoho.url(), null, clock, c -> {
            c.setRefreshToken(REFRESH_TOKEN);
            c.setTokenStore(new RecordingStore(store));
        })) {
            assertThat(token(h, fault, "lease").exception()).isNull();
            clock.advance(Duration.ofMinutes(61));
            // another node takes the lease and dies without releasing it
            assertThat(store.tryAcquireRefreshLease("lease", "dead-node", clock.instant(), Duration.ofSeconds(30))).isTrue();
            long start = System.nanoTime();
            Exchanges.Result waiting = token(h, fault, "lease");
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertThat(waiting.exception()).isInstanceOf(ZohoOAuthException.class).hasMessageContaining("lease");
            assertThat(zoho.tokenRequests()).isEqualTo(1);
            clock.advance(Duration.ofSeconds(31)); // the dead node's lease runs out; back-off too
            assertThat(token(h, fault, "lease").exception()).as("another node refreshes").isNull();
            assertThat(zoho.tokenRequests()).isEqualTo(2);
            Ledger.tokenRequests(zoho.tokenRequests(), 1);
            Ledger.note("JDBC lease held by a dead node: the waiting exchange failed typed after " + millis
                    + " ms (leaseWait, 10 s, not configurable from the component); once the 30 s lease expired another"
                    + " node refreshed");
        }
    }
}
