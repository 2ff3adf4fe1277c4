package io.github.camelzoho.oauth.store.jdbc;

import io.github.camelzoho.oauth.ZohoOAuthConfigurationException;
import io.github.camelzoho.oauth.ZohoTokenStoreException;
import io.github.camelzoho.oauth.store.PendingAuthorizations;
import io.github.camelzoho.oauth.store.TokenCipher;
import io.github.camelzoho.oauth.store.ZohoTokenStore;
import io.github.camelzoho.oauth.token.PendingAuthorization;
import io.github.camelzoho.oauth.token.ZohoGrant;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Grants in a relational database, shared by every node of a cluster: the store that lets N Camel nodes use one Zoho
 * grant with one refresh per expiry. Plain JDBC over the application's {@link DataSource} (bring its pool and its
 * driver); tested on PostgreSQL and H2, written for MariaDB/MySQL too.
 * <p>
 * <b>Schema.</b> Two tables, created if absent on first use (or beforehand by a DBA from the shipped
 * {@code schema-postgresql.sql}, {@code schema-mysql.sql} or {@code schema-h2.sql} beside this class):
 * <ul>
 * <li>{@code <table>} (default {@code zoho_oauth_token}), one row per account: the tokens (AES-GCM encrypted when a
 * {@link TokenCipher} with a key is given), their expiry, API domain, accounts server, scope, the compare-and-set
 * {@code version} (0: no grant), the refresh lease ({@code lease_owner}, {@code lease_until}) and the shared
 * token-request budget ({@code budget_window}, the epoch milliseconds of the recent token requests).</li>
 * <li>{@code <table>_pending}: consent requests waiting for their callback, keyed by the SHA-256 of the
 * {@code state}, so the callback may land on any node, and is accepted once.</li>
 * </ul>
 * Instants are epoch milliseconds ({@code BIGINT}), so no time zone setting of the database matters.
 * <p>
 * <b>Concurrency.</b> Every write is one conditional {@code UPDATE} or {@code INSERT} in auto-commit mode: the version
 * check of compare-and-set, the lease ({@code WHERE lease_owner IS NULL OR lease_until <= now}), the budget (compare
 * and set on the window), the single-use consume ({@code DELETE} counting rows). No transaction or row lock is ever
 * held across a call to Zoho, and a failed statement changes nothing.
 * <p>
 * <b>Errors.</b> A failure is a {@link ZohoTokenStoreException} naming the operation, the SQLState and whether the
 * database is unreachable; database messages, which may quote stored values, are not passed on except for connection
 * failures.
 */
public class JdbcTokenStore implements ZohoTokenStore {

    /** The default name of the grant table. */
    public static final String DEFAULT_TABLE = "zoho_oauth_token";

    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,40}(\\.[A-Za-z_][A-Za-z0-9_]{0,40})?");
    private static final int BUDGET_COLUMN = 1000;
    private static final int QUERY_TIMEOUT_SECONDS = 10;
    private static final int BUDGET_ATTEMPTS = 20;

    private final DataSource dataSource;
    private final String table;
    private final String pendingTable;
    private final TokenCipher cipher;
    private volatile boolean schemaReady;

    /** A store in table {@value #DEFAULT_TABLE} keeping tokens in clear text. */
    public JdbcTokenStore(DataSource dataSource) {
        this(dataSource, DEFAULT_TABLE, TokenCipher.clearText());
    }

    /**
     * A store in {@code table} (and {@code table_pending}).
     *
     * @param dataSource the application's data source; pooled, for example HikariCP
     * @param table      the grant table: letters, digits and underscores, optionally schema-qualified
     * @param cipher     encrypts the tokens at rest; {@link TokenCipher#clearText()} for none
     */
    public JdbcTokenStore(DataSource dataSource, String table, TokenCipher cipher) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        String name = table == null || table.isBlank() ? DEFAULT_TABLE : table.trim();
        if (!TABLE_NAME.matcher(name).matches()) {
            throw new ZohoOAuthConfigurationException("tokenStoreTable '" + name + "' is not a plain table name: use "
                    + "letters, digits and underscores, optionally schema.table, at most 41 characters each");
        }
        this.table = name;
        this.pendingTable = name + "_pending";
        this.cipher = cipher == null ? TokenCipher.clearText() : cipher;
    }

    /** The DDL creating the two tables if absent; portable across PostgreSQL, MariaDB/MySQL and H2. */
    public static List<String> createStatements(String table) {
        return List.of("CREATE TABLE IF NOT EXISTS " + table + " ("
                + "account VARCHAR(200) NOT NULL PRIMARY KEY, "
                + "refresh_token VARCHAR(2000), "
                + "access_token VARCHAR(2000), "
                + "access_token_expires_at BIGINT, "
                + "api_domain VARCHAR(255), "
                + "accounts_server VARCHAR(255), "
                + "scope VARCHAR(2000), "
                + "last_refresh_at BIGINT, "
                + "version BIGINT NOT NULL, "
                + "lease_owner VARCHAR(64), "
                + "lease_until BIGINT, "
                + "budget_window VARCHAR(" + BUDGET_COLUMN + ") NOT NULL)",
                "CREATE TABLE IF NOT EXISTS " + table + "_pending ("
                + "state_hash CHAR(64) NOT NULL PRIMARY KEY, "
                + "account VARCHAR(200) NOT NULL, "
                + "redirect_uri VARCHAR(2000), "
                + "expires_at BIGINT NOT NULL)");
    }

    /** The grant table's name. */
    public String getTable() {
        return table;
    }

    /** Whether tokens are encrypted at rest. */
    public boolean encryptsTokens() {
        return cipher.encrypts();
    }

    /** Creates the tables if they are absent; done on first use anyway. Idempotent, safe from several nodes at once. */
    public void createSchemaIfAbsent() {
        if (schemaReady) {
            return;
        }
        synchronized (this) {
            if (schemaReady) {
                return;
            }
            try (Connection c = connection("prepare the schema")) {
                boolean autoCommit = c.getAutoCommit();
                if (!autoCommit) {
                    c.setAutoCommit(true); // a failed probe must not abort a transaction the DDL then runs in
                }
                try {
                    createTables(c);
                } finally {
                    if (!autoCommit) {
                        c.setAutoCommit(false);
                    }
                }
                schemaReady = true;
            } catch (SQLException e) {
                throw failure("prepare the schema", e);
            }
        }
    }

    /** At most three rounds: nodes racing on CREATE settle in one; a table of another shape never does. */
    private void createTables(Connection c) {
        SQLException last = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            if (tablesExist(c)) {
                return;
            }
            try (Statement s = c.createStatement()) {
                for (String ddl : createStatements(table)) {
                    s.execute(ddl);
                }
            } catch (SQLException e) {
                // Nodes creating the tables at the same moment: PostgreSQL fails all but one with a duplicate
                // (23505) once the winner commits; IF NOT EXISTS then succeeds on the next attempt.
                if (isConnectionFailure(e)) {
                    throw failure("prepare the schema", e);
                }
                last = e;
            }
        }
        if (tablesExist(c)) {
            return;
        }
        throw new ZohoTokenStoreException("The token store " + describe() + " cannot create or use its tables ("
                + (last != null ? sqlSummary(last) : "they exist but cannot be read with the expected columns")
                + "). Create them with the shipped schema-*.sql, check that an existing table of that name has the "
                + "documented columns, or grant CREATE and SELECT to the database user", null);
    }

    private boolean tablesExist(Connection c) {
        try (Statement s = c.createStatement()) {
            s.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            s.executeQuery("SELECT account FROM " + table + " WHERE 1 = 0").close();
            s.executeQuery("SELECT state_hash FROM " + pendingTable + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    // ---- grants --------------------------------------------------------------------------------------------------

    @Override
    public Optional<ZohoGrant> load(String account) {
        return run("load the grant of '" + account + "'", c -> {
            try (PreparedStatement ps = prepare(c, "SELECT refresh_token, access_token, access_token_expires_at, "
                    + "api_domain, accounts_server, scope, last_refresh_at, version FROM " + table + " WHERE account = ?")) {
                ps.setString(1, account);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getLong("version") == 0) {
                        return Optional.empty();
                    }
                    String accountsServer = rs.getString("accounts_server");
                    if (accountsServer == null) {
                        throw new ZohoTokenStoreException("The row of account '" + account + "' in " + describe()
                                + " has a version but no accounts_server; fix or delete the row and authorize again", null);
                    }
                    return Optional.of(new ZohoGrant(account,
                            cipher.decrypt(rs.getString("refresh_token"), account + "|refresh_token"),
                            cipher.decrypt(rs.getString("access_token"), account + "|access_token"),
                            instant(rs, "access_token_expires_at"), rs.getString("api_domain"), accountsServer,
                            rs.getString("scope"), instant(rs, "last_refresh_at"), rs.getLong("version")));
                }
            }
        });
    }

    @Override
    public boolean compareAndSet(String account, long expectedVersion, ZohoGrant next) {
        if (next.version() != expectedVersion + 1) {
            throw new IllegalArgumentException("next.version must be expectedVersion + 1");
        }
        String refreshToken = cipher.encrypt(next.refreshToken(), account + "|refresh_token");
        String accessToken = cipher.encrypt(next.accessToken(), account + "|access_token");
        return run("save the grant of '" + account + "'", c -> {
            int updated = updateGrant(c, account, expectedVersion, next, refreshToken, accessToken);
            if (updated == 0 && expectedVersion == 0 && insertRowIfAbsent(c, account)) {
                updated = updateGrant(c, account, expectedVersion, next, refreshToken, accessToken);
            }
            return updated == 1;
        });
    }

    private int updateGrant(Connection c, String account, long expectedVersion, ZohoGrant g, String refreshToken,
            String accessToken) throws SQLException {
        try (PreparedStatement ps = prepare(c, "UPDATE " + table + " SET refresh_token = ?, access_token = ?, "
                + "access_token_expires_at = ?, api_domain = ?, accounts_server = ?, scope = ?, last_refresh_at = ?, "
                + "version = ? WHERE account = ? AND version = ?")) {
            ps.setString(1, refreshToken);
            ps.setString(2, accessToken);
            setMillis(ps, 3, g.accessTokenExpiresAt());
            ps.setString(4, g.apiDomain());
            ps.setString(5, g.accountsServer());
            ps.setString(6, g.scope());
            setMillis(ps, 7, g.lastRefreshAt());
            ps.setLong(8, g.version());
            ps.setString(9, account);
            ps.setLong(10, expectedVersion);
            return ps.executeUpdate();
        }
    }

    /** Inserts the empty row of {@code account}; {@code true} if it exists now (inserted by us or by another node). */
    private boolean insertRowIfAbsent(Connection c, String account) throws SQLException {
        try (PreparedStatement ps = prepare(c, "INSERT INTO " + table + " (account, version, budget_window) "
                + "VALUES (?, 0, '')")) {
            ps.setString(1, account);
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return true; // integrity violation: the row is there already
            }
            throw e;
        }
    }

    /** Clears the account's grant; its lease and budget stay, so a revoke does not reset the budget. */
    @Override
    public void delete(String account) {
        run("delete the grant of '" + account + "'", c -> {
            try (PreparedStatement ps = prepare(c, "UPDATE " + table + " SET refresh_token = NULL, access_token = NULL, "
                    + "access_token_expires_at = NULL, api_domain = NULL, accounts_server = NULL, scope = NULL, "
                    + "last_refresh_at = NULL, version = 0 WHERE account = ?")) {
                ps.setString(1, account);
                return ps.executeUpdate();
            }
        });
    }

    // ---- lease ---------------------------------------------------------------------------------------------------

    @Override
    public boolean tryAcquireRefreshLease(String account, String owner, Instant now, Duration ttl) {
        return run("take the refresh lease of '" + account + "'", c -> {
            int updated = updateLease(c, account, owner, now, ttl);
            if (updated == 0 && !rowExists(c, account) && insertRowIfAbsent(c, account)) {
                updated = updateLease(c, account, owner, now, ttl);
            }
            return updated == 1;
        });
    }

    private int updateLease(Connection c, String account, String owner, Instant now, Duration ttl) throws SQLException {
        try (PreparedStatement ps = prepare(c, "UPDATE " + table + " SET lease_owner = ?, lease_until = ? WHERE account = ?"
                + " AND (lease_owner IS NULL OR lease_until IS NULL OR lease_until <= ? OR lease_owner = ?)")) {
            ps.setString(1, owner);
            ps.setLong(2, now.plus(ttl).toEpochMilli());
            ps.setString(3, account);
            ps.setLong(4, now.toEpochMilli());
            ps.setString(5, owner);
            return ps.executeUpdate();
        }
    }

    @Override
    public void releaseRefreshLease(String account, String owner) {
        run("release the refresh lease of '" + account + "'", c -> {
            try (PreparedStatement ps = prepare(c, "UPDATE " + table + " SET lease_owner = NULL, lease_until = NULL "
                    + "WHERE account = ? AND lease_owner = ?")) {
                ps.setString(1, account);
                ps.setString(2, owner);
                return ps.executeUpdate();
            }
        });
    }

    private boolean rowExists(Connection c, String account) throws SQLException {
        try (PreparedStatement ps = prepare(c, "SELECT version FROM " + table + " WHERE account = ?")) {
            ps.setString(1, account);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    // ---- budget --------------------------------------------------------------------------------------------------

    @Override
    public Optional<Instant> reserveTokenRequest(String account, Instant now, int limit, Duration window) {
        return run("count a token request of '" + account + "'", c -> {
            for (int attempt = 0; attempt < BUDGET_ATTEMPTS; attempt++) {
                String stored = budgetOf(c, account);
                if (stored == null) {
                    insertRowIfAbsent(c, account);
                    continue;
                }
                long windowStart = now.minus(window).toEpochMilli();
                List<Long> events = new ArrayList<>();
                for (String part : stored.split(",")) {
                    if (!part.isBlank()) {
                        long t = Long.parseLong(part.trim());
                        if (t > windowStart) {
                            events.add(t);
                        }
                    }
                }
                events.sort(null);
                if (events.size() >= limit) {
                    return Optional.of(Instant.ofEpochMilli(events.get(events.size() - limit)).plus(window));
                }
                events.add(now.toEpochMilli());
                events.sort(null);
                String next = join(events);
                try (PreparedStatement ps = prepare(c, "UPDATE " + table + " SET budget_window = ? WHERE account = ? "
                        + "AND budget_window = ?")) {
                    ps.setString(1, next);
                    ps.setString(2, account);
                    ps.setString(3, stored);
                    if (ps.executeUpdate() == 1) {
                        return Optional.<Instant>empty();
                    }
                }
            }
            throw new ZohoTokenStoreException("The token-request budget of account '" + account + "' in " + describe()
                    + " kept changing under " + BUDGET_ATTEMPTS + " attempts; no token request was sent", null);
        });
    }

    private String budgetOf(Connection c, String account) throws SQLException {
        try (PreparedStatement ps = prepare(c, "SELECT budget_window FROM " + table + " WHERE account = ?")) {
            ps.setString(1, account);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Objects.requireNonNullElse(rs.getString(1), "") : null;
            }
        }
    }

    private static String join(List<Long> events) {
        StringBuilder sb = new StringBuilder();
        for (int i = events.size() - 1; i >= 0; i--) { // newest first, so that the newest fit when the column is full
            String part = Long.toString(events.get(i));
            if (sb.length() + part.length() + 1 > BUDGET_COLUMN) {
                break;
            }
            sb.insert(0, sb.length() == 0 ? part : part + ",");
        }
        return sb.toString();
    }

    // ---- pending consent -----------------------------------------------------------------------------------------

    @Override
    public void savePendingAuthorization(PendingAuthorization pending, Instant now) {
        run("save a pending consent of '" + pending.account() + "'", c -> {
            try (PreparedStatement purge = prepare(c, "DELETE FROM " + pendingTable + " WHERE expires_at <= ?")) {
                purge.setLong(1, now.toEpochMilli());
                purge.executeUpdate();
            }
            try (PreparedStatement count = prepare(c, "SELECT COUNT(*) FROM " + pendingTable);
                 ResultSet rs = count.executeQuery()) {
                if (rs.next() && rs.getLong(1) >= PendingAuthorizations.MAX_PENDING) {
                    throw new IllegalStateException("Too many consent requests pending ("
                            + PendingAuthorizations.MAX_PENDING + "); refusing new ones until some complete or expire");
                }
            }
            try (PreparedStatement ps = prepare(c, "INSERT INTO " + pendingTable + " (state_hash, account, redirect_uri, "
                    + "expires_at) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, hash(pending.state()));
                ps.setString(2, pending.account());
                ps.setString(3, pending.redirectUri());
                ps.setLong(4, pending.expiresAt().toEpochMilli());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<PendingAuthorization> consumePendingAuthorization(String state, Instant now) {
        if (state == null) {
            return Optional.empty();
        }
        String key = hash(state);
        return run("take a pending consent", c -> {
            String account;
            String redirectUri;
            long expiresAt;
            try (PreparedStatement ps = prepare(c, "SELECT account, redirect_uri, expires_at FROM " + pendingTable
                    + " WHERE state_hash = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<PendingAuthorization>empty();
                    }
                    account = rs.getString(1);
                    redirectUri = rs.getString(2);
                    expiresAt = rs.getLong(3);
                }
            }
            try (PreparedStatement ps = prepare(c, "DELETE FROM " + pendingTable + " WHERE state_hash = ?")) {
                ps.setString(1, key);
                if (ps.executeUpdate() != 1) {
                    return Optional.<PendingAuthorization>empty(); // another node took it first
                }
            }
            if (expiresAt <= now.toEpochMilli()) {
                return Optional.<PendingAuthorization>empty();
            }
            return Optional.of(new PendingAuthorization(state, account, redirectUri, Instant.ofEpochMilli(expiresAt)));
        });
    }

    private static String hash(String state) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    @Override
    public String describe() {
        return "jdbc:" + table;
    }

    @Override
    public String toString() {
        return "JdbcTokenStore[" + describe() + ", " + cipher + "]";
    }

    // ---- plumbing ------------------------------------------------------------------------------------------------

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T run(String action, Work<T> work) {
        createSchemaIfAbsent();
        try (Connection c = connection(action)) {
            boolean autoCommit = c.getAutoCommit();
            if (!autoCommit) {
                c.setAutoCommit(true);
            }
            try {
                return work.run(c);
            } finally {
                if (!autoCommit) {
                    c.setAutoCommit(false);
                }
            }
        } catch (SQLException e) {
            throw failure(action, e);
        }
    }

    private Connection connection(String action) {
        try {
            Connection c = dataSource.getConnection();
            if (c == null) {
                throw new SQLNonTransientConnectionException("the DataSource returned no connection", "08001");
            }
            return c;
        } catch (SQLException e) {
            throw failure(action, e);
        } catch (RuntimeException e) {
            throw new ZohoTokenStoreException("The token store " + describe() + " is unreachable: cannot " + action
                    + " (" + e.getClass().getSimpleName() + " from the DataSource)", null);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        ps.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
        return ps;
    }

    private ZohoTokenStoreException failure(String action, SQLException e) {
        if (isConnectionFailure(e)) {
            String message = e.getMessage() == null ? "" : ": " + truncate(e.getMessage());
            return new ZohoTokenStoreException("The token store " + describe() + " is unreachable: cannot " + action
                    + " (" + sqlSummary(e) + message + ")", null);
        }
        // The database's own message may quote a bound value (a token): only its codes are passed on.
        return new ZohoTokenStoreException("The token store " + describe() + " failed to " + action + " ("
                + sqlSummary(e) + "); the database message is withheld because it may quote stored values", null);
    }

    private static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                || state != null && state.startsWith("08");
    }

    private static String sqlSummary(SQLException e) {
        return e.getClass().getSimpleName() + ", SQLState " + e.getSQLState() + ", vendor code " + e.getErrorCode();
    }

    private static String truncate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    private static void setMillis(PreparedStatement ps, int index, Instant instant) throws SQLException {
        if (instant == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, instant.toEpochMilli());
        }
    }
}
