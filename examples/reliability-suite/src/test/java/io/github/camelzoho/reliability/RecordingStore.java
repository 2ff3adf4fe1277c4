package io.github.camelzoho.reliability;

import io.github.camelzoho.oauth.store.ZohoTokenStore;
import io.github.camelzoho.oauth.token.PendingAuthorization;
import io.github.camelzoho.oauth.token.ZohoGrant;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A token store that passes everything to the real one and registers every token it is asked to keep as a secret, so
 * the scan also looks for tokens the sandbox made up.
 */
final class RecordingStore implements ZohoTokenStore {

    private final ZohoTokenStore delegate;

    RecordingStore(ZohoTokenStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<ZohoGrant> load(String account) {
        return delegate.load(account);
    }

    @Override
    public boolean compareAndSet(String account, long expectedVersion, ZohoGrant next) {
        Ledger.secret(next.refreshToken());
        Ledger.secret(next.accessToken());
        return delegate.compareAndSet(account, expectedVersion, next);
    }

    @Override
    public void delete(String account) {
        delegate.delete(account);
    }

    @Override
    public void savePendingAuthorization(PendingAuthorization pending, Instant now) {
        delegate.savePendingAuthorization(pending, now);
    }

    @Override
    public Optional<PendingAuthorization> consumePendingAuthorization(String state, Instant now) {
        return delegate.consumePendingAuthorization(state, now);
    }

    @Override
    public Optional<Instant> reserveTokenRequest(String account, Instant now, int limit, Duration window) {
        return delegate.reserveTokenRequest(account, now, limit, window);
    }

    @Override
    public boolean tryAcquireRefreshLease(String account, String owner, Instant now, Duration ttl) {
        return delegate.tryAcquireRefreshLease(account, owner, now, ttl);
    }

    @Override
    public void releaseRefreshLease(String account, String owner) {
        delegate.releaseRefreshLease(account, owner);
    }

    @Override
    public String describe() {
        return delegate.describe();
    }

    @Override
    public String toString() {
        return "RecordingStore[" + delegate.describe() + "]";
    }
}
