package io.github.camelzoho.oauth.cluster;

import com.zaxxer.hikari.HikariDataSource;
import io.github.camelzoho.oauth.ZohoAccountsStub;
import io.github.camelzoho.oauth.ZohoOAuthComponent;
import io.github.camelzoho.oauth.store.jdbc.TestDatabase;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.github.camelzoho.oauth.ZohoAccountsStub.ACCESS_TOKEN_1;
import static io.github.camelzoho.oauth.ZohoAccountsStub.REFRESH_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The documented recipe for a polling consumer that must run on one node only: Camel's {@code master:} component on
 * a cluster service (here camel-file's {@link FileLockClusterService} on a shared folder), while every node shares the
 * Zoho grant through the JDBC store. When the leader stops, another node takes the polling over.
 */
class OnePollingNodeTest {

    @TempDir
    Path clusterFolder;

    private final List<CamelContext> nodes = new ArrayList<>();
    private final List<AtomicInteger> polls = new ArrayList<>();
    private ZohoAccountsStub zoho;
    private HikariDataSource dataSource;
    private String table;

    @BeforeEach
    void setUp() {
        zoho = new ZohoAccountsStub();
        zoho.refreshAnswers(ACCESS_TOKEN_1);
        dataSource = TestDatabase.pool("polling-test", 4);
        table = TestDatabase.uniqueTable();
    }

    @AfterEach
    void tearDown() throws Exception {
        for (CamelContext node : nodes) {
            node.stop();
        }
        TestDatabase.dropTables(dataSource, table);
        dataSource.close();
        zoho.close();
    }

    private CamelContext startNode(String name) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setRoot(clusterFolder.toString());
        cluster.setAcquireLockDelay(10, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(100, TimeUnit.MILLISECONDS);
        context.addService(cluster);
        context.getRegistry().bind("tokenDb", dataSource);
        ZohoOAuthComponent zohoOAuth = new ZohoOAuthComponent();
        zohoOAuth.getConfiguration().setClientId(ZohoAccountsStub.CLIENT_ID);
        zohoOAuth.getConfiguration().setClientSecret(ZohoAccountsStub.CLIENT_SECRET);
        zohoOAuth.getConfiguration().setAccountsUrl(zoho.url());
        context.addComponent("zoho-oauth", zohoOAuth);
        AtomicInteger count = new AtomicInteger();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:zoho-showtime-poller:timer:poll?period=50")
                        .to("zoho-oauth:token?tokenStoreDataSource=#tokenDb&tokenStoreTable=" + table
                                + "&refreshToken=RAW(" + REFRESH_TOKEN + ")")
                        .process(e -> count.incrementAndGet());
            }
        });
        context.start();
        nodes.add(context);
        polls.add(count);
        return context;
    }

    @Test
    void masterComponent_pollsOnOneNodeOnly_andAnotherTakesOverWhenTheLeaderStops() throws Exception {
        startNode("node-a");
        startNode("node-b");

        await().atMost(Duration.ofSeconds(10)).until(() -> polls.get(0).get() + polls.get(1).get() >= 5);
        int leader = polls.get(0).get() > 0 ? 0 : 1;
        int follower = 1 - leader;
        assertThat(polls.get(follower).get()).isZero();

        nodes.get(leader).stop();
        await().atMost(Duration.ofSeconds(10)).until(() -> polls.get(follower).get() >= 3);

        assertThat(zoho.tokenRequests()).isEqualTo(1); // the follower took the token from the shared store
    }
}
