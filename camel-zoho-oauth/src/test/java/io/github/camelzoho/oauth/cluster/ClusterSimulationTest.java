package io.github.camelzoho.oauth.cluster;

import io.github.camelzoho.oauth.MutableClock;
import io.github.camelzoho.oauth.store.jdbc.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.github.camelzoho.oauth.ZohoAccountsStub.GRANT_CODE;
import static io.github.camelzoho.oauth.ZohoAccountsStub.REFRESH_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight Camel nodes share one Zoho grant through one database (PostgreSQL with {@code -Dzoho.test.postgres.url},
 * else H2). The simulated clock runs through 24 hours in steps of 20 seconds while every node decorates exchanges;
 * on the way one node is killed while it holds the refresh lease, and the database goes down for a while.
 */
class ClusterSimulationTest {

    private static final int NODES = 8;
    private static final Duration STEP = Duration.ofSeconds(20);
    private static final int EXCHANGES_PER_STEP = 3;
    private static final String KEY = Base64.getEncoder().encodeToString("cluster-simulation-key-32-bytes!".getBytes());

    private final MutableClock clock = MutableClock.atEpochDay();
    private final AtomicBoolean databaseDown = new AtomicBoolean();
    private final List<ClusterNode> nodes = new ArrayList<>();
    private final ExecutorService drivers = Executors.newFixedThreadPool(NODES);
    private IssuingZoho zoho;
    private String table;

    @BeforeEach
    void setUp() {
        zoho = new IssuingZoho(clock);
        table = TestDatabase.uniqueTable();
    }

    @AfterEach
    void tearDown() throws Exception {
        drivers.shutdownNow();
        for (ClusterNode node : nodes) {
            node.close();
        }
        zoho.close();
        try (var pool = TestDatabase.pool("cleanup", 1)) {
            TestDatabase.dropTables(pool, table);
        }
    }

    private String options(String bootstrap) {
        return bootstrap + "&tokenStoreTable=" + table + "&tokenEncryptionKey=RAW(" + KEY + ")&refreshMargin=2m";
    }

    private void startNodes(int count, String bootstrap) throws Exception {
        for (int i = 1; i <= count; i++) {
            nodes.add(new ClusterNode("node-" + i, clock, zoho, options(bootstrap), databaseDown::get));
        }
    }

    /** Every live node sends its exchanges at the same time; then their background refreshes finish. */
    private void step(List<ClusterNode> live) throws Exception {
        List<Callable<Void>> work = new ArrayList<>();
        for (ClusterNode node : live) {
            work.add(() -> {
                for (int i = 0; i < EXCHANGES_PER_STEP; i++) {
                    node.call();
                }
                return null;
            });
        }
        for (Future<Void> f : drivers.invokeAll(work)) {
            f.get();
        }
        for (ClusterNode node : live) {
            node.awaitBackgroundRefreshes();
        }
    }

    @Test
    void eightNodesThroughADay_shareOneRefreshPerExpiry_despiteADeadLeaseHolderAndADatabaseRestart() throws Exception {
        startNodes(NODES, "refreshToken=RAW(" + REFRESH_TOKEN + ")");
        Instant start = clock.instant();
        Instant end = start.plus(Duration.ofHours(24));
        ClusterNode victim = nodes.get(NODES - 1);
        boolean killed = false;
        Instant outageEnds = null;
        boolean outageDone = false;
        int exchangesDuringOutage = 0;
        long realStart = System.nanoTime();

        while (clock.instant().isBefore(end)) {
            Instant now = clock.instant();
            Instant issued = zoho.lastIssuedAt();
            List<ClusterNode> live = new ArrayList<>(nodes.stream().filter(n -> !n.isDead()).toList());
            if (!killed && issued != null && now.isAfter(start.plus(Duration.ofHours(6)))
                    && !now.isBefore(issued.plus(Duration.ofMinutes(58)))) {
                // The first node to see the refresh window takes the lease, and dies after Zoho answered.
                victim.dieOnNextTokenRequest();
                step(List.of(victim));
                assertThat(victim.isDead()).as("the victim refreshed, and died").isTrue();
                live.remove(victim);
                killed = true;
            }
            if (!outageDone && outageEnds == null && issued != null && now.isAfter(start.plus(Duration.ofHours(12)))
                    && !now.isBefore(issued.plus(Duration.ofMinutes(50)))) {
                databaseDown.set(true); // until 40 s into the refresh window
                outageEnds = issued.plus(Duration.ofMinutes(58)).plusSeconds(40);
            }
            if (outageEnds != null && !now.isBefore(outageEnds)) {
                databaseDown.set(false);
                outageEnds = null;
                outageDone = true;
            }
            step(live);
            if (databaseDown.get()) {
                exchangesDuringOutage += live.size() * EXCHANGES_PER_STEP;
            }
            clock.advance(STEP);
        }

        int exchanges = nodes.stream().mapToInt(n -> n.exchanges.get()).sum();
        int failures = nodes.stream().mapToInt(n -> n.failures.get()).sum();
        int maxIn10Minutes = zoho.maxRequestsIn(Duration.ofMinutes(10));
        System.out.printf("Cluster simulation on %s: %d nodes, 24 simulated hours in %s steps (%.1f s real): "
                + "token requests=%d, max per 10 min=%d, exchanges=%d, exchanges during the database outage=%d, "
                + "exchanges without a valid token=%d, node killed holding the lease=%s%n", TestDatabase.describe(),
                NODES, STEP, (System.nanoTime() - realStart) / 1e9, zoho.tokenRequests(), maxIn10Minutes, exchanges,
                exchangesDuringOutage, failures, victim.name);

        assertThat(killed).isTrue();
        assertThat(outageDone).isTrue();
        assertThat(exchangesDuringOutage).isPositive();
        assertThat(zoho.tokenRequests()).isLessThanOrEqualTo(26);
        assertThat(maxIn10Minutes).isLessThanOrEqualTo(10);
        assertThat(failures).isZero();
        assertThat(exchanges).isGreaterThanOrEqualTo((NODES - 1) * EXCHANGES_PER_STEP * 4320);
    }

    @Test
    void twoNodesStartingTogetherWithOnlyAGrantToken_exchangeItOnce() throws Exception {
        startNodes(2, "authorizationToken=RAW(" + GRANT_CODE + ")");
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<Void>> first = new ArrayList<>();
        for (ClusterNode node : nodes) {
            first.add(() -> {
                go.await();
                node.call();
                return null;
            });
        }
        List<Future<Void>> done = new ArrayList<>();
        for (Callable<Void> c : first) {
            done.add(drivers.submit(c));
        }
        go.countDown();
        for (Future<Void> f : done) {
            f.get();
        }
        clock.advance(Duration.ofMinutes(30));
        step(nodes);

        System.out.printf("Grant-token start on %s: 2 nodes, code exchanges=%d, token requests=%d, exchanges=%d, "
                + "exchanges without a valid token=%d%n", TestDatabase.describe(), zoho.codeExchanges(),
                zoho.tokenRequests(), nodes.stream().mapToInt(n -> n.exchanges.get()).sum(),
                nodes.stream().mapToInt(n -> n.failures.get()).sum());
        assertThat(zoho.codeExchanges()).isEqualTo(1);
        assertThat(zoho.tokenRequests()).isEqualTo(1);
        assertThat(nodes).allSatisfy(n -> assertThat(n.failures.get()).isZero());
    }
}
