package io.github.camelzoho.reliability;

import io.github.camelzoho.oauth.ZohoOAuthConstants;
import io.github.camelzoho.oauth.ZohoOAuthException;
import io.github.camelzoho.sandbox.Fault;
import io.github.camelzoho.sandbox.ZohoSandbox;
import io.github.camelzoho.showtime.ZohoShowTimeException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against the stateful sandbox (which enforces Zoho's 10 token requests per 10 minutes on its own clock, shared with
 * the component): 500 ShowTime exchanges from 16 threads across token expiry while every other token request fails
 * with 503, and a revoke while exchanges are in flight.
 */
class ConcurrencyTest {

    private static final String GROUP = "Concurrency";

    private static ZohoSandbox sandbox() {
        return ZohoSandbox.builder().clock(Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC)).build()
                .start();
    }

    private static Harness harness(ZohoSandbox sandbox, String grantCode) throws Exception {
        Ledger.secret(ZohoSandbox.DEFAULT_CLIENT_SECRET);
        Ledger.secret(grantCode);
        return new Harness(sandbox.accountsServer(), sandbox.apiDomain(), sandbox.clock(), c -> {
            c.setClientId(ZohoSandbox.DEFAULT_CLIENT_ID);
            c.setClientSecret(ZohoSandbox.DEFAULT_CLIENT_SECRET);
            c.setAuthorizationToken(grantCode);
        });
    }

    @Test
    void fiveHundredExchangesAcrossExpiry_whileEveryOtherTokenRequestFails() throws Exception {
        String fault = "500 exchanges across expiry, every other token request 503";
        try (ZohoSandbox sandbox = sandbox()) {
            String code = sandbox.mintGrantCode();
            try (Harness h = harness(sandbox, code)) {
                sandbox.faults().failEvery("/oauth/v2/token", 2, Fault.serviceUnavailable());
                ExecutorService pool = Executors.newFixedThreadPool(16);
                List<Future<Exchanges.Result>> results = new ArrayList<>();
                AtomicInteger sent = new AtomicInteger();
                // phases of 100: fresh, stale (background refresh), expired, and on, the clock moving 2 s every 10
                Duration[] before = {Duration.ZERO, Duration.ofMinutes(56), Duration.ofMinutes(5), Duration.ofMinutes(58),
                        Duration.ofMinutes(62)};
                try {
                    for (Duration step : before) {
                        sandbox.clock().advance(step);
                        List<Future<Exchanges.Result>> phase = new ArrayList<>();
                        for (int i = 0; i < 100; i++) {
                            if (sent.incrementAndGet() % 10 == 0) {
                                sandbox.clock().advance(Duration.ofSeconds(2));
                            }
                            phase.add(pool.submit(() -> Exchanges.send(h.template, GROUP, fault, "zoho-showtime:listPortals",
                                    e -> { })));
                        }
                        for (Future<Exchanges.Result> f : phase) {
                            f.get(60, TimeUnit.SECONDS);
                        }
                        results.addAll(phase);
                    }
                } finally {
                    pool.shutdownNow();
                }
                int completed = 0;
                int typed = 0;
                for (Future<Exchanges.Result> f : results) {
                    Exchanges.Result r = f.get();
                    assertThat(r.outcome()).isIn(Ledger.Outcome.COMPLETED, Ledger.Outcome.FAILED_TYPED);
                    if (r.outcome() == Ledger.Outcome.COMPLETED) {
                        completed++;
                    } else {
                        assertThat(r.exception()).isInstanceOfAny(ZohoShowTimeException.class, ZohoOAuthException.class);
                        typed++;
                    }
                }
                assertThat(completed + typed).isEqualTo(500);
                assertThat(completed).as("most exchanges are served").isGreaterThan(250);
                long tokenRequests = sandbox.counters().total("token.");
                long throttled = sandbox.counters().tokenRequests("refresh_token", "throttled")
                        + sandbox.counters().tokenRequests("authorization_code", "throttled");
                Ledger.tokenRequests(tokenRequests, 10);
                Ledger.beyondBudget(throttled);
                assertThat(throttled).as("Zoho never throttled").isZero();
                Ledger.note("500 exchanges across expiry with every other token request failing: " + completed
                        + " completed, " + typed + " typed failures, " + tokenRequests + " token requests in "
                        + sandbox.clock().offset().toMinutes() + " minutes of sandbox time");
            }
        }
    }

    @Test
    void revokeWhileExchangesAreInFlight() throws Exception {
        String fault = "revoke while exchanges are in flight";
        try (ZohoSandbox sandbox = sandbox()) {
            String code = sandbox.mintGrantCode();
            try (Harness h = harness(sandbox, code)) {
                ExecutorService pool = Executors.newFixedThreadPool(8);
                List<Future<Exchanges.Result>> results = new ArrayList<>();
                Exchanges.Result revoked;
                // the grant exists before the race starts (a revoke racing the very first code exchange: see report)
                assertThat(Exchanges.send(h.template, GROUP, fault, "zoho-showtime:listPortals", e -> { }).exception())
                        .isNull();
                try {
                    for (int i = 0; i < 100; i++) {
                        results.add(pool.submit(() -> Exchanges.send(h.template, GROUP, fault, "zoho-showtime:listPortals",
                                e -> { })));
                    }
                    revoked = Exchanges.send(h.template, GROUP, fault, "zoho-oauth:revoke", e -> { });
                    for (int i = 0; i < 100; i++) {
                        results.add(pool.submit(() -> Exchanges.send(h.template, GROUP, fault, "zoho-showtime:listPortals",
                                e -> { })));
                    }
                    for (Future<Exchanges.Result> f : results) {
                        f.get(60, TimeUnit.SECONDS);
                    }
                } finally {
                    pool.shutdownNow();
                }
                assertThat(revoked.exception()).isNull();
                for (Future<Exchanges.Result> f : results) {
                    assertThat(f.get().outcome()).isIn(Ledger.Outcome.COMPLETED, Ledger.Outcome.FAILED_TYPED);
                }
                Exchanges.Result after = Exchanges.send(h.template, GROUP, fault, "zoho-showtime:listPortals", e -> { });
                assertThat(after.exception()).as("after the revoke").isInstanceOf(ZohoShowTimeException.class);
                Exchanges.Result token = Exchanges.send(h.template, GROUP, fault, "zoho-oauth:token",
                        e -> e.getMessage().setHeader(ZohoOAuthConstants.ACCOUNT, "default"));
                assertThat(token.exception()).isInstanceOf(ZohoOAuthException.class);
                long tokenRequests = sandbox.counters().total("token.");
                Ledger.tokenRequests(tokenRequests, 1);
                assertThat(sandbox.counters().tokenRequests("refresh_token", "throttled")).isZero();
                assertThat(sandbox.counters().get("revoke.success")).isEqualTo(1);
            }
        }
    }
}
