package io.github.camelzoho.oauth.store.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.github.camelzoho.oauth.ZohoOAuthConfigurationException;
import io.github.camelzoho.oauth.ZohoTokenStoreException;
import io.github.camelzoho.oauth.store.TokenCipher;
import io.github.camelzoho.oauth.token.PendingAuthorization;
import io.github.camelzoho.oauth.token.ZohoGrant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.github.camelzoho.oauth.ZohoAccountsStub.ACCESS_TOKEN_1;
import static io.github.camelzoho.oauth.ZohoAccountsStub.ACCESS_TOKEN_2;
import static io.github.camelzoho.oauth.ZohoAccountsStub.REFRESH_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The JDBC token store on a real database: PostgreSQL when {@code -Dzoho.test.postgres.url} is given, H2 otherwise.
 * Two store instances on two pools play two nodes.
 */
class JdbcTokenStoreTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String NEW_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    private static HikariDataSource poolA;
    private static HikariDataSource poolB;
    private String table;
    private JdbcTokenStore nodeA;
    private JdbcTokenStore nodeB;

    @BeforeAll
    static void connect() {
        poolA = TestDatabase.pool("store-test-a", 4);
        poolB = TestDatabase.pool("store-test-b", 4);
    }

    @AfterAll
    static void disconnect() {
        poolA.close();
        poolB.close();
    }

    @BeforeEach
    void newTables() {
        table = TestDatabase.uniqueTable();
        nodeA = new JdbcTokenStore(poolA, table, TokenCipher.clearText());
        nodeB = new JdbcTokenStore(poolB, table, TokenCipher.clearText());
    }

    @AfterEach
    void dropTables() throws Exception {
        TestDatabase.dropTables(poolA, table);
    }

    private static ZohoGrant grant(String accessToken, long version) {
        return new ZohoGrant("default", REFRESH_TOKEN, accessToken, NOW.plus(Duration.ofHours(1)), "https://www.zohoapis.com",
                "https://accounts.zoho.com", "ZohoShowtime.talkapi.READ", NOW, version);
    }

    @Test
    void compareAndSet_writesOnlyOnTheExpectedVersion_seenByEveryNode() {
        assertThat(nodeA.load("default")).isEmpty();

        assertThat(nodeA.compareAndSet("default", 0, grant(ACCESS_TOKEN_1, 1))).isTrue();
        assertThat(nodeB.compareAndSet("default", 0, grant(ACCESS_TOKEN_2, 1))).isFalse();
        assertThat(nodeB.compareAndSet("default", 1, grant(ACCESS_TOKEN_2, 2))).isTrue();

        ZohoGrant seenByA = nodeA.load("default").orElseThrow();
        assertThat(seenByA).isEqualTo(grant(ACCESS_TOKEN_2, 2));
        assertThatThrownBy(() -> nodeA.compareAndSet("default", 2, grant(ACCESS_TOKEN_1, 7)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentCompareAndSet_hasExactlyOneWinnerPerVersion() throws Exception {
        nodeA.compareAndSet("default", 0, grant(ACCESS_TOKEN_1, 1));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> writers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                JdbcTokenStore store = i % 2 == 0 ? nodeA : nodeB;
                String token = "1000.concurrent" + i;
                writers.add(() -> store.compareAndSet("default", 1, grant(token, 2)));
            }
            int winners = 0;
            for (Future<Boolean> f : pool.invokeAll(writers)) {
                winners += f.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
            assertThat(nodeB.load("default").orElseThrow().version()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void delete_clearsTheGrantButKeepsTheSharedBudget() {
        nodeA.compareAndSet("default", 0, grant(ACCESS_TOKEN_1, 1));
        for (int i = 0; i < 10; i++) {
            assertThat(nodeA.reserveTokenRequest("default", NOW.plusSeconds(i), 10, Duration.ofMinutes(10))).isEmpty();
        }

        nodeB.delete("default");

        assertThat(nodeA.load("default")).isEmpty();
        assertThat(nodeA.compareAndSet("default", 0, grant(ACCESS_TOKEN_2, 1))).isTrue();
        assertThat(nodeB.reserveTokenRequest("default", NOW.plusSeconds(20), 10, Duration.ofMinutes(10))).isPresent();
    }

    @Test
    void refreshLease_isHeldByOneNodeUntilReleasedOrExpired() {
        Duration ttl = Duration.ofSeconds(30);
        assertThat(nodeA.tryAcquireRefreshLease("default", "node-a", NOW, ttl)).isTrue();
        assertThat(nodeB.tryAcquireRefreshLease("default", "node-b", NOW.plusSeconds(1), ttl)).isFalse();
        assertThat(nodeA.tryAcquireRefreshLease("default", "node-a", NOW.plusSeconds(2), ttl)).isTrue(); // re-entrant

        nodeB.releaseRefreshLease("default", "node-b"); // not the holder: no effect
        assertThat(nodeB.tryAcquireRefreshLease("default", "node-b", NOW.plusSeconds(3), ttl)).isFalse();

        nodeA.releaseRefreshLease("default", "node-a");
        assertThat(nodeB.tryAcquireRefreshLease("default", "node-b", NOW.plusSeconds(4), ttl)).isTrue();

        // node-b dies holding it: the lease ends by itself
        assertThat(nodeA.tryAcquireRefreshLease("default", "node-a", NOW.plusSeconds(33), ttl)).isFalse();
        assertThat(nodeA.tryAcquireRefreshLease("default", "node-a", NOW.plusSeconds(34), ttl)).isTrue();
    }

    @Test
    void tokenRequestBudget_isCountedInTheDatabaseAcrossNodes() {
        Duration window = Duration.ofMinutes(10);
        for (int i = 0; i < 10; i++) {
            JdbcTokenStore node = i % 2 == 0 ? nodeA : nodeB;
            assertThat(node.reserveTokenRequest("default", NOW.plusSeconds(i * 10), 10, window)).isEmpty();
        }

        Optional<Instant> refused = nodeB.reserveTokenRequest("default", NOW.plusSeconds(200), 10, window);

        assertThat(refused).contains(NOW.plus(window));
        assertThat(nodeA.reserveTokenRequest("default", NOW.plus(window).plusMillis(1), 10, window)).isEmpty();
        assertThat(nodeA.reserveTokenRequest("other", NOW.plusSeconds(200), 10, window)).isEmpty();
    }

    @Test
    void concurrentBudgetReservations_neverExceedTheLimit() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> callers = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                JdbcTokenStore node = i % 2 == 0 ? nodeA : nodeB;
                Instant at = NOW.plusMillis(i);
                callers.add(() -> node.reserveTokenRequest("default", at, 10, Duration.ofMinutes(10)).isEmpty());
            }
            int granted = 0;
            for (Future<Boolean> f : pool.invokeAll(callers)) {
                granted += f.get() ? 1 : 0;
            }
            assertThat(granted).isEqualTo(10);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void pendingConsent_savedOnOneNode_isAcceptedOnceOnAnother() throws Exception {
        String state = "state-0123456789abcdef0123456789abcdef";
        nodeA.savePendingAuthorization(new PendingAuthorization(state, "default", "https://app.example.com/cb",
                NOW.plus(Duration.ofMinutes(10))), NOW);

        Optional<PendingAuthorization> first = nodeB.consumePendingAuthorization(state, NOW.plusSeconds(30));
        Optional<PendingAuthorization> again = nodeA.consumePendingAuthorization(state, NOW.plusSeconds(31));

        assertThat(first).get().extracting(PendingAuthorization::account, PendingAuthorization::redirectUri)
                .containsExactly("default", "https://app.example.com/cb");
        assertThat(again).isEmpty();
        assertThat(rawColumn(table + "_pending", "state_hash")).doesNotContain(state);
    }

    @Test
    void pendingConsent_isRefusedAfterItExpires() {
        nodeA.savePendingAuthorization(new PendingAuthorization("late-state", "default", null,
                NOW.plus(Duration.ofMinutes(10))), NOW);

        assertThat(nodeB.consumePendingAuthorization("late-state", NOW.plus(Duration.ofMinutes(10)))).isEmpty();
        assertThat(nodeB.consumePendingAuthorization(null, NOW)).isEmpty();
    }

    @Test
    void schema_isCreatedOnceWhenNodesStartTogether() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> starts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                JdbcTokenStore store = new JdbcTokenStore(i % 2 == 0 ? poolA : poolB, table, TokenCipher.clearText());
                starts.add(() -> {
                    store.createSchemaIfAbsent();
                    return store.compareAndSet("default", 0, grant(ACCESS_TOKEN_1, 1));
                });
            }
            int written = 0;
            for (Future<Boolean> f : pool.invokeAll(starts)) {
                written += f.get() ? 1 : 0;
            }
            assertThat(written).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shippedDdl_createsTheTablesTheStoreUses() throws Exception {
        String file = TestDatabase.isPostgres() ? "schema-postgresql.sql" : "schema-h2.sql";
        String ddl;
        try (InputStream in = JdbcTokenStore.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("zoho_oauth_token", table);
        }
        try (Connection c = poolA.getConnection(); Statement s = c.createStatement()) {
            for (String statement : ddl.replaceAll("--[^\n]*", "").split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }

        assertThat(nodeA.compareAndSet("default", 0, grant(ACCESS_TOKEN_1, 1))).isTrue();
        assertThat(nodeB.load("default")).contains(grant(ACCESS_TOKEN_1, 1));
        assertThat(JdbcTokenStore.createStatements(table)).hasSize(2);
    }

    @Test
    void encryptionKey_keepsTokensOutOfTheDatabase() throws Exception {
        JdbcTokenStore encrypted = new JdbcTokenStore(poolA, table, TokenCipher.of(KEY, null));

        encrypted.compareAndSet("default", 0, grant(ACCESS_TOKEN_1, 1));

        assertThat(rawColumn(table, "refresh_token")).startsWith("zenc1:").doesNotContain(REFRESH_TOKEN);
        assertThat(rawColumn(table, "access_token")).startsWith("zenc1:").doesNotContain(ACCESS_TOKEN_1);
        assertThat(new JdbcTokenStore(poolB, table, TokenCipher.of(KEY, null)).load("default"))
                .contains(grant(ACCESS_TOKEN_1, 1));
        assertThatThrownBy(() -> nodeB.load("default")).isInstanceOf(ZohoTokenStoreException.class)
                .hasMessageContaining("no tokenEncryptionKey is configured").hasMessageNotContaining(KEY);
        assertThatThrownBy(() -> new JdbcTokenStore(poolB, table, TokenCipher.of(NEW_KEY, null)).load("default"))
                .isInstanceOf(ZohoTokenStoreException.class).hasMessageContaining("previousTokenEncryptionKey")
                .hasMessageNotContaining(KEY).hasMessageNotContaining(NEW_KEY);
    }

    @Test
    void keyRotation_readsRowsOfThePreviousKeyAndRewritesThemWithTheNewOne() throws Exception {
        new JdbcTokenStore(poolA, table, TokenCipher.of(KEY, null)).compareAndSet("default", 0, grant(ACCESS_TOKEN_1, 1));
        String oldCiphertext = rawColumn(table, "refresh_token");
        JdbcTokenStore rotated = new JdbcTokenStore(poolB, table, TokenCipher.of(NEW_KEY, KEY));

        ZohoGrant read = rotated.load("default").orElseThrow();
        rotated.compareAndSet("default", 1, read.withAccessToken(ACCESS_TOKEN_2, NOW.plus(Duration.ofHours(2)), null,
                null, NOW.plus(Duration.ofHours(1))).withVersion(2));

        assertThat(read.refreshToken()).isEqualTo(REFRESH_TOKEN);
        String newCiphertext = rawColumn(table, "refresh_token");
        assertThat(newCiphertext.substring(0, 15)).isNotEqualTo(oldCiphertext.substring(0, 15)); // another key id
        assertThat(new JdbcTokenStore(poolA, table, TokenCipher.of(NEW_KEY, null)).load("default").orElseThrow()
                .accessToken()).isEqualTo(ACCESS_TOKEN_2);
    }

    @Test
    void ciphertextCopiedToAnotherAccount_doesNotDecrypt() throws Exception {
        JdbcTokenStore encrypted = new JdbcTokenStore(poolA, table, TokenCipher.of(KEY, null));
        encrypted.compareAndSet("default", 0, grant(ACCESS_TOKEN_1, 1));
        encrypted.compareAndSet("other", 0, new ZohoGrant("other", "1000.other", null, null, null,
                "https://accounts.zoho.com", null, null, 1));
        try (Connection c = poolA.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE " + table + " SET refresh_token = (SELECT refresh_token FROM " + table
                    + " WHERE account = 'default') WHERE account = 'other'");
        }

        assertThatThrownBy(() -> encrypted.load("other")).isInstanceOf(ZohoTokenStoreException.class)
                .hasMessageContaining("does not decrypt").hasMessageNotContaining(REFRESH_TOKEN);
    }

    @Test
    void databaseDown_isReportedAsUnreachable() {
        AtomicBoolean down = new AtomicBoolean(false);
        JdbcTokenStore store = new JdbcTokenStore(new OutageDataSource(poolA, down::get), table, TokenCipher.clearText());
        store.compareAndSet("default", 0, grant(ACCESS_TOKEN_1, 1));
        down.set(true);

        assertThatThrownBy(() -> store.load("default")).isInstanceOf(ZohoTokenStoreException.class)
                .hasMessageContaining("jdbc:" + table + " is unreachable").hasMessageContaining("08001");
        assertThatThrownBy(() -> store.compareAndSet("default", 1, grant(ACCESS_TOKEN_2, 2)))
                .isInstanceOf(ZohoTokenStoreException.class).hasMessageContaining("unreachable");

        down.set(false);
        assertThat(store.load("default")).contains(grant(ACCESS_TOKEN_1, 1)); // nothing was written half
    }

    @Test
    void databaseErrorMessage_isWithheldBecauseItMayQuoteAToken() {
        String hugeToken = "1000." + "x".repeat(3000);

        assertThatThrownBy(() -> nodeA.compareAndSet("default", 0, grant(hugeToken, 1)))
                .isInstanceOf(ZohoTokenStoreException.class)
                .hasMessageContaining("failed to save the grant of 'default'").hasMessageContaining("SQLState")
                .hasMessageNotContaining("xxxxxxxxxx").hasNoCause();
        assertThat(nodeA.load("default")).isEmpty();
    }

    @Test
    void tableName_thatIsNotAPlainIdentifier_isRefused() {
        assertThatThrownBy(() -> new JdbcTokenStore(poolA, "t; DROP TABLE x", TokenCipher.clearText()))
                .isInstanceOf(ZohoOAuthConfigurationException.class).hasMessageContaining("not a plain table name");
        assertThat(new JdbcTokenStore(poolA, "public.zoho_tokens", TokenCipher.clearText()).describe())
                .isEqualTo("jdbc:public.zoho_tokens");
    }

    private String rawColumn(String tableName, String column) throws Exception {
        try (Connection c = poolA.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + column + " FROM " + tableName)) {
            StringBuilder all = new StringBuilder();
            while (rs.next()) {
                all.append(rs.getString(1)).append('\n');
            }
            return all.toString();
        }
    }

    @Test
    void aTableOfAnotherShapeUnderTheSameName_isAClearErrorNotAHang() throws Exception {
        String foreign = TestDatabase.uniqueTable();
        try (Connection c = poolA.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + foreign + " (something_else INTEGER)");
            s.execute("CREATE TABLE " + foreign + "_pending (something_else INTEGER)");
        }
        try {
            JdbcTokenStore store = new JdbcTokenStore(poolA, foreign, TokenCipher.clearText());
            Future<?> load = Executors.newSingleThreadExecutor().submit(() -> store.load("default"));

            assertThatThrownBy(() -> load.get(20, java.util.concurrent.TimeUnit.SECONDS))
                    .hasCauseInstanceOf(ZohoTokenStoreException.class)
                    .hasMessageContaining("cannot create or use its tables");
        } finally {
            TestDatabase.dropTables(poolA, foreign);
        }
    }
}
