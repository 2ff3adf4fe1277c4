package io.github.camelzoho.oauth;

import com.zaxxer.hikari.HikariDataSource;
import io.github.camelzoho.oauth.store.jdbc.JdbcTokenStore;
import io.github.camelzoho.oauth.store.jdbc.TestDatabase;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The JDBC store options as a user sets them: a DataSource bean, a table, a key; the clear-text warning. */
class JdbcStoreOptionsTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private HikariDataSource dataSource;
    private String table;

    @BeforeEach
    void setUp() {
        dataSource = TestDatabase.pool("options-test", 2);
        table = TestDatabase.uniqueTable();
    }

    @AfterEach
    void tearDown() throws Exception {
        TestDatabase.dropTables(dataSource, table);
        dataSource.close();
    }

    @Test
    void dataSourceBeanAndTable_selectTheJdbcStoreAndWarnOnceThatTokensAreInClear() throws Exception {
        try (LogCapture log = new LogCapture(Map.of("io.github.camelzoho", Level.WARN))) {
            CamelContext context = new DefaultCamelContext();
            context.getRegistry().bind("tokenDb", dataSource);
            ZohoOAuthComponent component = new ZohoOAuthComponent();
            context.addComponent("zoho-oauth", component);
            component.getConfiguration().setTokenStoreDataSource(dataSource);
            component.getConfiguration().setTokenStoreTable(table);
            context.start();
            try {
                ZohoOAuthEndpoint endpoint = context.getEndpoint("zoho-oauth:status", ZohoOAuthEndpoint.class);
                assertThat(component.resolveStore(component.getConfiguration())).isInstanceOf(JdbcTokenStore.class)
                        .extracting(s -> ((JdbcTokenStore) s).getTable()).isEqualTo(table);
                assertThat(endpoint).isNotNull();
                component.resolveStore(component.getConfiguration().copy());
            } finally {
                context.stop();
            }
            String warnings = log.text();
            assertThat(warnings).contains("stored in clear text in jdbc:" + table).contains("tokenEncryptionKey");
            assertThat(warnings.split("stored in clear text", -1)).hasSize(2); // once
        }
    }

    @Test
    void encryptionKeyOnTheEndpoint_encryptsAndIsNeverLogged() throws Exception {
        try (LogCapture log = new LogCapture(Map.of("io.github.camelzoho", Level.TRACE, "org.apache.camel", Level.DEBUG))) {
            CamelContext context = new DefaultCamelContext();
            context.getRegistry().bind("tokenDb", dataSource);
            ZohoOAuthComponent component = new ZohoOAuthComponent();
            context.addComponent("zoho-oauth", component);
            context.start();
            try {
                ZohoOAuthEndpoint endpoint = context.getEndpoint("zoho-oauth:status?tokenStoreDataSource=#tokenDb"
                        + "&tokenStoreTable=" + table + "&tokenEncryptionKey=RAW(" + KEY + ")", ZohoOAuthEndpoint.class);
                JdbcTokenStore store = (JdbcTokenStore) component.resolveStore(endpoint.getConfiguration());
                assertThat(store.encryptsTokens()).isTrue();
                assertThat(endpoint.getConfiguration().toString()).doesNotContain(KEY);
            } finally {
                context.stop();
            }
            assertThat(log.text()).doesNotContain(KEY).doesNotContain("stored in clear text in jdbc");
        }
    }
}
