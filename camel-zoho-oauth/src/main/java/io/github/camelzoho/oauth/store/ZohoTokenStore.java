package io.github.camelzoho.oauth.store;

import io.github.camelzoho.oauth.token.PendingAuthorization;
import io.github.camelzoho.oauth.token.ZohoGrant;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where grants live. Writes are compare-and-set on {@link ZohoGrant#version()}, so several token managers (threads,
 * processes or nodes) sharing one store never overwrite each other's newer token. The store also keeps what must be
 * shared by everyone using the same grant: pending consent states and the token-request budget.
 * <p>
 * Implementations are thread-safe. They throw {@link io.github.camelzoho.oauth.ZohoTokenStoreException} when they
 * cannot read or write; they never swallow a failed write.
 */
public interface ZohoTokenStore {

    /** The stored grant of {@code account}, if any. */
    Optional<ZohoGrant> load(String account);

    /**
     * Stores {@code next} if the stored version of the account is {@code expectedVersion} (0: nothing stored yet).
     * {@code next.version()} must be {@code expectedVersion + 1}.
     *
     * @return {@code true} if written, {@code false} if another writer got there first (reload and decide again)
     */
    boolean compareAndSet(String account, long expectedVersion, ZohoGrant next);

    /** Removes the account's grant (after a revoke). */
    void delete(String account);

    /** Remembers a consent request until its callback arrives or it expires ({@code now} is the caller's clock). */
    void savePendingAuthorization(PendingAuthorization pending, Instant now);

    /**
     * Takes the pending consent request of {@code state} out of the store: at most one caller ever gets it, and only
     * before it expires.
     */
    Optional<PendingAuthorization> consumePendingAuthorization(String state, Instant now);

    /**
     * Reserves one token request for {@code account} in a sliding window of {@code window} holding at most
     * {@code limit} requests.
     *
     * @return empty if reserved; otherwise the instant at which the next reservation can succeed
     */
    Optional<Instant> reserveTokenRequest(String account, Instant now, int limit, Duration window);

    /**
     * Takes the right to refresh {@code account} until {@code now + ttl}, so that one node in a cluster refreshes
     * while the others wait for the result. Single-process stores need no lease and return {@code true}.
     */
    default boolean tryAcquireRefreshLease(String account, String owner, Instant now, Duration ttl) {
        return true;
    }

    /** Gives the lease back early; a no-op if {@code owner} does not hold it. */
    default void releaseRefreshLease(String account, String owner) {
    }

    /** A short name for logs and health checks, for example {@code memory} or {@code file:/var/lib/zoho/tokens.json}. */
    String describe();
}
