package io.github.camelzoho.oauth.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The database of the JDBC tests: the PostgreSQL named by {@code -Dzoho.test.postgres.url} (user {@code postgres});
 * when that URL is given the database must be reachable, the tests fail otherwise. Without it, an embedded H2, so a
 * plain {@code mvn verify} needs nothing installed. Every test uses tables of its own, dropped afterwards.
 */
public final class TestDatabase {

    public static final String URL_PROPERTY = "zoho.test.postgres.url";
    private static final String H2_URL = "jdbc:h2:mem:zoho_oauth_tests;DB_CLOSE_DELAY=-1";

    private TestDatabase() {
    }

    /** The PostgreSQL URL given to the build, or {@code null} (unset, empty, or Maven's unresolved placeholder). */
    public static String postgresUrl() {
        String url = System.getProperty(URL_PROPERTY);
        return url == null || url.isBlank() || url.startsWith("${") ? null : url.trim();
    }

    public static boolean isPostgres() {
        return postgresUrl() != null;
    }

    /** What the tests run on, for their printed figures. */
    public static String describe() {
        return isPostgres() ? "PostgreSQL " + postgresUrl() : "H2 (embedded, in memory)";
    }

    /** A connection pool of its own (one per simulated node); fails at once if the database is unreachable. */
    public static HikariDataSource pool(String name, int maxSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(isPostgres() ? postgresUrl() : H2_URL);
        if (isPostgres()) {
            config.setUsername("postgres");
        }
        config.setMaximumPoolSize(maxSize);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(3000);
        config.setInitializationFailTimeout(1);
        return new HikariDataSource(config);
    }

    /** A fresh table name, so tests never see each other's rows. */
    public static String uniqueTable() {
        return "zoho_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static void dropTables(DataSource dataSource, String table) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + table + "_pending");
            s.execute("DROP TABLE IF EXISTS " + table);
        }
    }
}
