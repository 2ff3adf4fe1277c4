package io.github.camelzoho.oauth.store;

import io.github.camelzoho.oauth.token.PendingAuthorization;
import io.github.camelzoho.oauth.token.ZohoGrant;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The default store: grants live as long as the JVM. Thread-safe. */
public class InMemoryTokenStore implements ZohoTokenStore {

    private final Map<String, ZohoGrant> grants = new ConcurrentHashMap<>();
    private final Map<String, SlidingWindowBudget> budgets = new ConcurrentHashMap<>();
    private final PendingAuthorizations pending = new PendingAuthorizations();

    @Override
    public Optional<ZohoGrant> load(String account) {
        return Optional.ofNullable(grants.get(account));
    }

    @Override
    public boolean compareAndSet(String account, long expectedVersion, ZohoGrant next) {
        checkVersion(expectedVersion, next);
        boolean[] written = new boolean[1];
        grants.compute(account, (k, current) -> {
            long currentVersion = current == null ? 0 : current.version();
            if (currentVersion != expectedVersion) {
                return current;
            }
            written[0] = true;
            return next;
        });
        return written[0];
    }

    static void checkVersion(long expectedVersion, ZohoGrant next) {
        if (next.version() != expectedVersion + 1) {
            throw new IllegalArgumentException("next.version must be expectedVersion + 1");
        }
    }

    @Override
    public void delete(String account) {
        grants.remove(account);
    }

    @Override
    public void savePendingAuthorization(PendingAuthorization p, Instant now) {
        pending.save(p, now);
    }

    @Override
    public Optional<PendingAuthorization> consumePendingAuthorization(String state, Instant now) {
        return pending.consume(state, now);
    }

    @Override
    public Optional<Instant> reserveTokenRequest(String account, Instant now, int limit, Duration window) {
        return budgets.computeIfAbsent(account, a -> new SlidingWindowBudget()).reserve(now, limit, window);
    }

    @Override
    public String describe() {
        return "memory";
    }
}
