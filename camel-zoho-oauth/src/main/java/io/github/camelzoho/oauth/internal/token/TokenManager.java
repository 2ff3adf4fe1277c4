package io.github.camelzoho.oauth.internal.token;

import io.github.camelzoho.oauth.ZohoOAuthConfigurationException;
import io.github.camelzoho.oauth.ZohoOAuthException;
import io.github.camelzoho.oauth.ZohoRateLimitedException;
import io.github.camelzoho.oauth.ZohoReauthorizationRequiredException;
import io.github.camelzoho.oauth.ZohoTokenStoreException;
import io.github.camelzoho.oauth.internal.accounts.AccountsClient;
import io.github.camelzoho.oauth.internal.accounts.GrantType;
import io.github.camelzoho.oauth.internal.accounts.TokenResponse;
import io.github.camelzoho.oauth.store.ZohoTokenStore;
import io.github.camelzoho.oauth.token.ZohoAccessToken;
import io.github.camelzoho.oauth.token.ZohoGrant;
import io.github.camelzoho.oauth.token.ZohoTokenProvider;
import io.github.camelzoho.oauth.token.ZohoTokenState;
import io.github.camelzoho.oauth.token.ZohoTokenStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The token lifecycle of one account, free of Camel.
 * <ul>
 * <li><b>FRESH</b>: the cached token is returned after one volatile read and one clock read; no lock, no I/O.</li>
 * <li><b>STALE</b> (inside {@code refreshMargin}): the cached token is still returned, and one refresh starts in the
 * background.</li>
 * <li><b>EXPIRED</b>: callers wait for the one refresh in flight; they all get its token or its error.</li>
 * </ul>
 * A refresh first reads the store (another process may have refreshed already), then spends one unit of the shared
 * token-request budget, asks Zoho, and compare-and-sets the new token into the store. After a failure the same error
 * is handed to callers for a back-off period instead of sending another request: the budget and Zoho's throttle are
 * too precious to spend on retries.
 * <p>
 * <b>Several nodes on one store.</b> Only the node holding the store's refresh lease asks Zoho (for a refresh or for
 * the one exchange of a configured grant code). A node that finds the lease taken keeps serving its still-valid token
 * and looks at the store again at most every {@value #STORE_RECHECK_SECONDS} seconds; a node without a valid token
 * polls the store for the new version, for at most {@code leaseWait}, and takes the lease over if it expires (its
 * holder died). The store is read only when the cached token is in the refresh window, expired, or rejected, never on
 * the hot path. When the store is down a valid cached token keeps being served; without one, callers get the store's
 * {@link ZohoTokenStoreException} saying it is unreachable.
 */
public final class TokenManager implements ZohoTokenProvider {

    private static final Logger LOG = LoggerFactory.getLogger(TokenManager.class);
    private static final Duration REAUTHORIZATION_RECHECK = Duration.ofSeconds(5);
    private static final Duration CONFIGURATION_BACKOFF = Duration.ofMinutes(1);
    private static final Duration STORE_BACKOFF = Duration.ofSeconds(1);
    private static final Duration FIRST_FAILURE_BACKOFF = Duration.ofSeconds(1);
    private static final Duration LEASE_POLL = Duration.ofMillis(200);
    private static final int STORE_RECHECK_SECONDS = 2;
    private static final Duration STORE_RECHECK = Duration.ofSeconds(STORE_RECHECK_SECONDS);

    /** A token as cached, with its state boundaries precomputed for the hot path. */
    private record Cached(ZohoAccessToken token, long staleAtMillis, long expiredAtMillis, long rejectionProofUntilMillis) {

        /**
         * A token Zoho issued in answer to a rejection: a 401 with it within the budget window is not about the token
         * (missing scope, wrong portal), and refreshing again would only spend the budget.
         */
        Cached issuedAfterRejection(long now, Duration window) {
            return new Cached(token, staleAtMillis, expiredAtMillis, now + window.toMillis());
        }
    }

    /** The last refresh failure, replayed to callers until {@code untilMillis}. */
    private record Failure(RuntimeException error, long untilMillis, int consecutive) {
    }

    /** A token obtained from Zoho whose save failed: it is used, and the failure is still reported. */
    private static final class SaveFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Cached token;

        SaveFailedException(Cached token, ZohoTokenStoreException cause) {
            super(cause);
            this.token = token;
        }
    }

    private final TokenManagerSettings settings;
    private final ZohoTokenStore store;
    private final AccountsClient accounts;
    private final Clock clock;
    private final Executor backgroundExecutor;
    private final TokenEvents events;
    private final Pause pause;
    private final String leaseOwner = UUID.randomUUID().toString();
    private final Object lock = new Object();

    private volatile Cached current;
    private volatile boolean closed;
    /** Guarded by {@link #lock}. */
    private CompletableFuture<Cached> inFlight;
    /** Guarded by {@link #lock}. */
    private Failure failure;
    /** Guarded by {@link #lock}: another node refreshes; no background look at the store before this instant. */
    private long storeRecheckAtMillis;
    /** Only touched by the single refresh in flight (or under {@link #lock}). */
    private volatile ZohoGrant unsavedGrant;
    private volatile String rejectedAccessToken;
    private volatile String rejectedRefreshToken;
    private volatile boolean grantTokenSpent;
    private volatile String lastBackgroundFailure;

    public TokenManager(TokenManagerSettings settings, ZohoTokenStore store, AccountsClient accounts, Clock clock,
            Executor backgroundExecutor, TokenEvents events) {
        this(settings, store, accounts, clock, backgroundExecutor, events, Pause.SLEEP);
    }

    /**
     * @param pause how to wait between looks at the store while another node refreshes; the wait is bounded by
     *              {@code settings.leaseWait()} on {@code clock} and by a number of looks, whichever ends first
     */
    public TokenManager(TokenManagerSettings settings, ZohoTokenStore store, AccountsClient accounts, Clock clock,
            Executor backgroundExecutor, TokenEvents events, Pause pause) {
        this.pause = Objects.requireNonNull(pause, "pause");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.store = Objects.requireNonNull(store, "store");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.backgroundExecutor = Objects.requireNonNull(backgroundExecutor, "backgroundExecutor");
        this.events = events == null ? TokenEvents.NONE : events;
    }

    @Override
    public String account() {
        return settings.account();
    }

    public TokenManagerSettings settings() {
        return settings;
    }

    /** Marks this manager as belonging to a stopped component: holders of it must look up the new one. */
    public void close() {
        closed = true;
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public ZohoAccessToken accessToken() {
        if (closed) {
            throw stopped();
        }
        Cached c = current;
        if (c != null) {
            long now = clock.millis();
            if (now < c.staleAtMillis) {
                return c.token;
            }
            if (now < c.expiredAtMillis) {
                refresh(c, null, true);
                return c.token;
            }
        }
        return await(refresh(c, null, false)).token;
    }

    @Override
    public ZohoAccessToken refreshIfRejected(ZohoAccessToken rejected) {
        Objects.requireNonNull(rejected, "rejected");
        Cached c;
        synchronized (lock) {
            c = current;
            if (c != null && c.token.value().equals(rejected.value())) {
                if (clock.millis() < c.rejectionProofUntilMillis) {
                    LOG.debug("Account '{}': a token Zoho issued after a rejection was rejected again; not refreshing "
                            + "(the request probably lacks a scope)", account());
                    return c.token;
                }
                // Zoho says this token is dead (revoked, evicted by the active-token cap): never serve it again.
                rejectedAccessToken = rejected.value();
                current = null;
                c = null;
            }
        }
        if (c != null && clock.millis() < c.expiredAtMillis) {
            return c.token;
        }
        return await(refresh(c, rejected.value(), false)).token;
    }

    /** Refreshes now, whatever the state of the current token (which is served meanwhile). */
    public ZohoAccessToken forceRefresh() {
        return await(refresh(current, null, false)).token;
    }

    /** Exchanges a grant code (from a consent callback) and stores the resulting grant. */
    public ZohoTokenStatus completeAuthorization(String code, String accountsServer, String redirectUri) {
        exclusively(() -> {
            Instant now = clock.instant();
            reserveBudget(now);
            TokenResponse response = send(GrantType.AUTHORIZATION_CODE, () -> accounts.exchangeCode(accountsServer, code,
                    redirectUri, now.plus(settings.throttleBackoff()), account()));
            ZohoGrant stored = store.load(account()).orElse(null);
            Cached cached;
            try {
                cached = saveNewGrant(response, accountsServer, stored, now);
            } catch (SaveFailedException e) {
                synchronized (lock) {
                    current = e.token; // used from memory, saved again at the next refresh
                    failure = null;
                }
                throw (ZohoTokenStoreException) e.getCause();
            }
            synchronized (lock) {
                current = cached;
                failure = null;
                rejectedAccessToken = null;
                rejectedRefreshToken = null;
            }
            return cached;
        });
        return status();
    }

    /**
     * Revokes the refresh token at Zoho, then deletes the grant. If Zoho cannot be reached the grant is kept, so the
     * revoke can be retried.
     */
    public ZohoTokenStatus revoke() {
        exclusively(() -> {
            ZohoGrant grant = Optional.ofNullable(unsavedGrant).orElseGet(() -> store.load(account()).orElse(null));
            if (grant != null && grant.hasRefreshToken()) {
                boolean confirmed = accounts.revoke(grant.accountsServer(), grant.refreshToken(), account());
                if (!confirmed) {
                    LOG.info("Zoho reports the refresh token of account '{}' as already invalid; deleting the grant",
                            account());
                }
                rejectedRefreshToken = grant.refreshToken();
            }
            store.delete(account());
            synchronized (lock) {
                unsavedGrant = null;
                current = null;
                failure = null;
                grantTokenSpent = true;
            }
            LOG.info("Revoked and deleted the grant of account '{}'", account());
            return null;
        });
        return status();
    }

    private interface ExclusiveAction {
        Cached run();
    }

    /**
     * Runs a revoke or a new consent holding the store's refresh lease, so that no node of the cluster writes a
     * refresh of the old grant over it. Waits for a lease held elsewhere at most {@code leaseWait}.
     */
    private Cached underAdminLease(ExclusiveAction action) {
        long deadline = clock.millis() + settings.leaseWait().toMillis();
        long looks = Math.max(1, settings.leaseWait().toMillis() / LEASE_POLL.toMillis());
        for (long look = 0; !store.tryAcquireRefreshLease(account(), leaseOwner, clock.instant(), settings.leaseTtl()); look++) {
            if (look >= looks || clock.millis() >= deadline) {
                throw new ZohoOAuthException("Another node holds the refresh lease of account '" + account()
                        + "' for longer than " + settings.leaseWait() + "; retry the operation");
            }
            try {
                pause.pause(LEASE_POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ZohoOAuthException("Interrupted while waiting for the refresh lease of account '" + account()
                        + "'", e);
            }
        }
        try {
            return action.run();
        } finally {
            releaseLease();
        }
    }

    /**
     * Runs {@code action} in the single-flight slot: it waits for a refresh in flight to end, and no refresh starts
     * until it is done, so a revoke or a new consent can never be overwritten by a refresh that started before it.
     * Callers that need a token meanwhile wait for it, like for a refresh, and share its outcome.
     */
    private void exclusively(ExclusiveAction action) {
        CompletableFuture<Cached> slot = new CompletableFuture<>();
        while (true) {
            CompletableFuture<Cached> running;
            synchronized (lock) {
                running = inFlight;
                if (running == null) {
                    inFlight = slot;
                    break;
                }
            }
            try {
                running.handle((r, e) -> null).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ZohoOAuthException("Interrupted while waiting for the refresh of account '" + account() + "'", e);
            } catch (ExecutionException e) {
                // cannot happen: handle() never fails
            }
        }
        try {
            Cached result = underAdminLease(action);
            synchronized (lock) {
                inFlight = null;
            }
            if (result != null) {
                slot.complete(result);
            } else {
                slot.completeExceptionally(new ZohoReauthorizationRequiredException("The grant of account '" + account()
                        + "' was revoked. Authorize the account again (zoho-oauth:authorize)", null, 0));
            }
        } catch (RuntimeException | Error e) {
            synchronized (lock) {
                inFlight = null;
            }
            slot.completeExceptionally(e);
            throw e;
        }
    }

    @Override
    public ZohoTokenStatus status() {
        ZohoGrant grant = unsavedGrant;
        if (grant == null) {
            try {
                grant = store.load(account()).orElse(null);
            } catch (ZohoOAuthException e) {
                LOG.debug("Status of account '{}' without the store: {}", account(), e.getMessage());
            }
        }
        Cached c = current;
        ZohoTokenState state = stateOf(c, clock.millis());
        Instant expiresAt = c != null ? c.token.expiresAt() : grant != null ? grant.accessTokenExpiresAt() : null;
        String apiDomain = c != null && c.token.apiDomain() != null ? c.token.apiDomain() : grant != null ? grant.apiDomain() : null;
        return new ZohoTokenStatus(account(), state, apiDomain,
                grant != null ? grant.accountsServer() : settings.accountsServer(), grant != null ? grant.scope() : null,
                expiresAt, grant != null && grant.hasRefreshToken(), grant != null ? grant.lastRefreshAt() : null);
    }

    /** When the cached token expires, or {@code null}; no I/O. */
    public Instant cachedExpiry() {
        Cached c = current;
        return c == null ? null : c.token.expiresAt();
    }

    /** The state of the cached token now, without any I/O. */
    public ZohoTokenState state() {
        return stateOf(current, clock.millis());
    }

    /** The error callers get now instead of a refresh attempt, if a back-off is running. */
    public Optional<RuntimeException> currentFailure() {
        synchronized (lock) {
            return failure != null && clock.millis() < failure.untilMillis ? Optional.of(failure.error) : Optional.empty();
        }
    }

    private static ZohoTokenState stateOf(Cached c, long now) {
        if (c == null) {
            return ZohoTokenState.NONE;
        }
        if (now < c.staleAtMillis) {
            return ZohoTokenState.FRESH;
        }
        return now < c.expiredAtMillis ? ZohoTokenState.STALE : ZohoTokenState.EXPIRED;
    }

    // ---- single flight -------------------------------------------------------------------------------------------

    private ZohoOAuthException stopped() {
        return new ZohoOAuthException("The zoho-oauth component that owned the token manager of account '" + account()
                + "' was stopped; look the token provider up again from the started component");
    }

    private CompletableFuture<Cached> refresh(Cached seen, String rejected, boolean background) {
        if (closed) {
            return CompletableFuture.failedFuture(stopped());
        }
        CompletableFuture<Cached> task;
        synchronized (lock) {
            long now = clock.millis();
            Cached c = current;
            if (c != seen && c != null && now < c.expiredAtMillis) {
                return CompletableFuture.completedFuture(c);
            }
            if (inFlight != null) {
                return inFlight;
            }
            if (failure != null && now < failure.untilMillis) {
                return CompletableFuture.failedFuture(failure.error);
            }
            if (background && c != null && now < storeRecheckAtMillis) {
                return CompletableFuture.completedFuture(c); // another node is refreshing; ours is still valid
            }
            task = new CompletableFuture<>();
            inFlight = task;
        }
        Cached held = seen;
        if (background) {
            try {
                backgroundExecutor.execute(() -> run(task, held, rejected, true));
            } catch (RejectedExecutionException e) {
                synchronized (lock) {
                    inFlight = null;
                }
                task.completeExceptionally(e);
            }
        } else {
            run(task, held, rejected, false);
        }
        return task;
    }

    private void run(CompletableFuture<Cached> task, Cached held, String rejected, boolean background) {
        try {
            Cached obtained = obtain(held, rejected);
            Cached result = rejected == null ? obtained
                    : obtained.issuedAfterRejection(clock.millis(), settings.budgetWindow());
            synchronized (lock) {
                current = result;
                inFlight = null;
                failure = null;
            }
            lastBackgroundFailure = null;
            task.complete(result);
        } catch (SaveFailedException e) {
            synchronized (lock) {
                current = e.token;
                inFlight = null;
                failure = null;
            }
            task.completeExceptionally(e.getCause());
            if (background) {
                LOG.warn("Account '{}': {}", account(), e.getCause().getMessage());
            }
        } catch (RuntimeException e) {
            synchronized (lock) {
                int consecutive = failure == null ? 1 : failure.consecutive + 1;
                failure = new Failure(e, clock.millis() + backoffFor(e, consecutive).toMillis(), consecutive);
                inFlight = null;
            }
            task.completeExceptionally(e);
            if (background && !Objects.equals(lastBackgroundFailure, e.getMessage())) {
                lastBackgroundFailure = e.getMessage();
                LOG.warn("Background refresh of account '{}' failed; the current token is served until it expires: {}",
                        account(), e.getMessage());
            }
        } catch (Error e) {
            synchronized (lock) {
                inFlight = null;
            }
            task.completeExceptionally(e);
            throw e;
        }
    }

    private Duration backoffFor(RuntimeException e, int consecutive) {
        if (e instanceof ZohoRateLimitedException r && r.getRetryAt() != null) {
            return Duration.ofMillis(Math.max(0, r.getRetryAt().toEpochMilli() - clock.millis()));
        }
        if (e instanceof ZohoReauthorizationRequiredException) {
            return REAUTHORIZATION_RECHECK;
        }
        if (e instanceof ZohoOAuthConfigurationException) {
            return CONFIGURATION_BACKOFF;
        }
        if (e instanceof ZohoTokenStoreException) {
            return STORE_BACKOFF;
        }
        long millis = FIRST_FAILURE_BACKOFF.toMillis() << Math.min(consecutive - 1, 16);
        return Duration.ofMillis(Math.min(millis, settings.maxFailureBackoff().toMillis()));
    }

    private Cached await(CompletableFuture<Cached> f) {
        // a refresh is bounded by its HTTP and store timeouts; this bound only guards against a store that never answers
        Duration bound = settings.leaseTtl().plus(settings.leaseWait());
        try {
            return f.get(bound.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new ZohoOAuthException("No Zoho access token for account '" + account() + "' within " + bound
                    + ": the refresh in flight is stuck (a token store or connection pool that does not answer?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZohoOAuthException("Interrupted while waiting for a Zoho access token", e);
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new ZohoOAuthException("Obtaining a Zoho access token failed: " + cause, cause);
        }
    }

    // ---- one refresh ---------------------------------------------------------------------------------------------

    private Cached obtain(Cached held, String rejected) {
        Instant now = clock.instant();
        ZohoGrant stored = store.load(account()).orElse(null);
        ZohoGrant base = baseOf(stored);
        String heldToken = held == null ? null : held.token.value();
        if (isAdoptable(base, heldToken, rejected, now)) {
            LOG.debug("Account '{}': adopted the token stored by another process (version {})", account(), base.version());
            return cache(base);
        }
        if (base == null || !base.hasRefreshToken()) {
            return bootstrap(base, held, rejected);
        }
        if (base.refreshToken().equals(rejectedRefreshToken)) {
            throw new ZohoReauthorizationRequiredException("Zoho rejected the refresh token of account '" + account()
                    + "' earlier (invalid_code) and no new grant has been stored since. Authorize the account again "
                    + "(zoho-oauth:authorize) or configure a new grantToken or refreshToken", "invalid_code", 0);
        }
        return underLease(base, held, rejected, this::refreshWith);
    }

    /** Sends the refresh of {@code base} (the caller holds the lease) and saves the new token. */
    private Cached refreshWith(ZohoGrant base) {
        Instant now = clock.instant();
        reserveBudget(now);
        TokenResponse response;
        try {
            response = send(GrantType.REFRESH_TOKEN, () -> accounts.refresh(base.accountsServer(), base.refreshToken(),
                    now.plus(settings.throttleBackoff()), account()));
        } catch (ZohoReauthorizationRequiredException e) {
            rejectedRefreshToken = base.refreshToken();
            throw e;
        }
        Instant obtained = clock.instant();
        ZohoGrant next = base.withAccessToken(response.accessToken(), obtained.plus(response.expiresIn()),
                trustedApiDomain(response.apiDomain(), base.accountsServer()), response.scope(), obtained)
                .withVersion(base.version() + 1);
        return save(next, base.version());
    }

    /** What to do with the latest stored grant once this node holds the refresh lease. */
    private interface LeasedAction {
        Cached run(ZohoGrant latest);
    }

    /**
     * Runs {@code action} holding the store's refresh lease, so that one node of the cluster asks Zoho. While another
     * node holds it: serve {@code held} if still valid, else poll the store for the new grant (bounded by leaseWait),
     * taking the lease over when it expires.
     */
    private Cached underLease(ZohoGrant base, Cached held, String rejected, LeasedAction action) {
        long baseVersion = base == null ? 0 : base.version();
        String heldToken = held == null ? null : held.token.value();
        long deadline = clock.millis() + settings.leaseWait().toMillis();
        long looks = Math.max(1, settings.leaseWait().toMillis() / LEASE_POLL.toMillis());
        for (long look = 0; ; look++) {
            Instant now = clock.instant();
            if (store.tryAcquireRefreshLease(account(), leaseOwner, now, settings.leaseTtl())) {
                try {
                    // Another node may have finished between our read and our lease: never refresh twice.
                    ZohoGrant latest = baseOf(store.load(account()).orElse(null));
                    if (latest != null && latest.version() > baseVersion && isAdoptable(latest, heldToken, rejected, now)) {
                        LOG.debug("Account '{}': adopted the token stored by another node (version {})", account(),
                                latest.version());
                        return cache(latest);
                    }
                    return action.run(latest != null && latest.version() >= baseVersion ? latest : base);
                } finally {
                    releaseLease();
                }
            }
            if (held != null && clock.millis() < held.expiredAtMillis) {
                synchronized (lock) {
                    storeRecheckAtMillis = clock.millis() + STORE_RECHECK.toMillis();
                }
                LOG.debug("Account '{}': another node is refreshing; serving the current token meanwhile", account());
                return held;
            }
            if (look >= looks || clock.millis() >= deadline) {
                throw new ZohoOAuthException("Another node holds the refresh lease of account '" + account()
                        + "' and no new token appeared in the store (" + store.describe() + ") within "
                        + settings.leaseWait() + "; the request is retried after a back-off");
            }
            try {
                pause.pause(LEASE_POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ZohoOAuthException("Interrupted while waiting for another node's refresh of account '"
                        + account() + "'", e);
            }
            ZohoGrant latest = store.load(account()).orElse(null);
            if (latest != null && latest.version() > baseVersion && isAdoptable(latest, null, rejected, clock.instant())) {
                LOG.debug("Account '{}': adopted the token refreshed by another node (version {})", account(),
                        latest.version());
                return cache(latest);
            }
        }
    }

    private void releaseLease() {
        try {
            store.releaseRefreshLease(account(), leaseOwner);
        } catch (RuntimeException e) {
            LOG.debug("Account '{}': the refresh lease could not be released ({}); it ends by itself within {}",
                    account(), e.getMessage(), settings.leaseTtl());
        }
    }

    /** The grant to work from: the stored one, unless a newer grant of ours could not be saved yet. */
    private ZohoGrant baseOf(ZohoGrant stored) {
        ZohoGrant unsaved = unsavedGrant;
        if (unsaved == null) {
            return stored;
        }
        long storedVersion = stored == null ? 0 : stored.version();
        if (storedVersion == unsaved.version() - 1) {
            return unsaved.withVersion(storedVersion);
        }
        unsavedGrant = null; // someone else wrote a newer grant meanwhile: theirs wins
        return stored;
    }

    private boolean isAdoptable(ZohoGrant grant, String heldToken, String rejected, Instant now) {
        if (grant == null || !grant.hasAccessToken()) {
            return false;
        }
        String token = grant.accessToken();
        if (token.equals(heldToken) || token.equals(rejected) || token.equals(rejectedAccessToken)) {
            return false;
        }
        return now.isBefore(grant.accessTokenExpiresAt().minus(settings.expiryMargin()));
    }

    private Cached bootstrap(ZohoGrant base, Cached held, String rejected) {
        String grantToken = settings.grantToken();
        if (grantToken != null && !grantToken.isBlank() && !grantTokenSpent) {
            // A grant code is single use: with several nodes starting at once, the lease holder exchanges it and the
            // others adopt the grant it stores.
            return underLease(base, held, rejected, latest -> {
                if (latest != null && latest.hasRefreshToken()) {
                    return refreshWith(latest); // another node exchanged it; its access token is no longer usable
                }
                grantTokenSpent = true; // single use, whatever happens next
                LOG.info("Account '{}' has no refresh token: exchanging the configured grant token once", account());
                Instant now = clock.instant();
                reserveBudget(now);
                TokenResponse response = send(GrantType.AUTHORIZATION_CODE, () -> accounts.exchangeCode(
                        settings.accountsServer(), grantToken, null, now.plus(settings.throttleBackoff()), account()));
                return saveNewGrant(response, settings.accountsServer(), latest, clock.instant());
            });
        }
        String seed = settings.refreshToken();
        if (seed != null && !seed.isBlank() && !seed.equals(rejectedRefreshToken)) {
            LOG.info("Account '{}' has no stored refresh token: using the configured one", account());
            ZohoGrant seeded = new ZohoGrant(account(), seed, null, null, base != null ? base.apiDomain() : null,
                    settings.accountsServer(), base != null ? base.scope() : null, null, base != null ? base.version() : 0);
            unsavedGrant = seeded.withVersion(seeded.version() + 1);
            return obtain(null, null);
        }
        throw new ZohoReauthorizationRequiredException("No Zoho grant is stored for account '" + account() + "'"
                + (base != null && base.hasAccessToken() ? " (its online access token expired)" : "")
                + ". Authorize it once: route a browser to zoho-oauth:authorize and the redirect to zoho-oauth:callback, "
                + "or set grantToken (a self-client grant code) or refreshToken", null, 0);
    }

    private Cached saveNewGrant(TokenResponse response, String accountsServer, ZohoGrant stored, Instant now) {
        String refreshToken = response.refreshToken() != null ? response.refreshToken()
                : stored != null && stored.accountsServer().equals(accountsServer) ? stored.refreshToken() : null;
        long storedVersion = stored == null ? 0 : stored.version();
        ZohoGrant next = new ZohoGrant(account(), refreshToken, response.accessToken(), now.plus(response.expiresIn()),
                trustedApiDomain(response.apiDomain(), accountsServer), accountsServer, response.scope(), now,
                storedVersion + 1);
        // a SaveFailedException carries the token on: the code was single use, its refresh token must not be lost
        Cached cached = save(next, storedVersion);
        rejectedRefreshToken = null;
        rejectedAccessToken = null;
        return cached;
    }

    private Cached save(ZohoGrant next, long expectedVersion) {
        try {
            if (store.compareAndSet(account(), expectedVersion, next)) {
                unsavedGrant = null;
                return cache(next);
            }
            // Another process stored a grant meanwhile. Keep its refresh token, put our fresher access token on top.
            ZohoGrant latest = store.load(account()).orElse(null);
            if (latest == null) {
                throw new ZohoReauthorizationRequiredException("The grant of account '" + account()
                        + "' was deleted (revoked) while it was being refreshed. Authorize the account again", null, 0);
            }
            if (!java.util.Objects.equals(latest.refreshToken(), next.refreshToken())) {
                // The grant itself changed meanwhile (revoked, consented again): ours came from the old one.
                if (isAdoptable(latest, null, null, clock.instant())) {
                    return cache(latest);
                }
                throw new ZohoOAuthException("The grant of account '" + account() + "' changed while it was being "
                        + "refreshed; the token is obtained again from the new grant after a short back-off");
            }
            ZohoGrant merged = latest.withAccessToken(next.accessToken(), next.accessTokenExpiresAt(), next.apiDomain(),
                    next.scope(), next.lastRefreshAt()).withVersion(latest.version() + 1);
            if (store.compareAndSet(account(), latest.version(), merged)) {
                unsavedGrant = null;
                return cache(merged);
            }
            LOG.debug("Account '{}': the store keeps changing under us; using our token without saving it", account());
            return cache(next);
        } catch (ZohoTokenStoreException e) {
            unsavedGrant = next;
            throw new SaveFailedException(cache(next), new ZohoTokenStoreException("A new token for account '" + account()
                    + "' was obtained but could not be saved to the token store (" + store.describe() + "): "
                    + e.getMessage() + " It is used from memory and saved again at the next refresh; until then other "
                    + "nodes and a restart do not see it", e));
        }
    }

    private void reserveBudget(Instant now) {
        Optional<Instant> retryAt = store.reserveTokenRequest(account(), now, settings.budgetLimit(), settings.budgetWindow());
        if (retryAt.isPresent()) {
            events.rateLimited(account());
            throw new ZohoRateLimitedException("The token-request budget of account '" + account() + "' ("
                    + settings.budgetLimit() + " per " + settings.budgetWindow().toMinutes()
                    + " minutes, Zoho's own limit) is spent; the next request is allowed at " + retryAt.get()
                    + ". Sending more would lock the account out at Zoho. Look for something forcing refreshes", null, 0,
                    retryAt.get());
        }
    }

    private interface Call {
        TokenResponse run();
    }

    private TokenResponse send(GrantType grantType, Call call) {
        long start = System.nanoTime();
        try {
            TokenResponse response = call.run();
            events.tokenRequest(account(), grantType, "success", System.nanoTime() - start);
            return response;
        } catch (RuntimeException e) {
            events.tokenRequest(account(), grantType, e.getClass().getSimpleName(), System.nanoTime() - start);
            if (e instanceof ZohoRateLimitedException) {
                events.rateLimited(account());
            }
            throw e;
        }
    }

    private String trustedApiDomain(String apiDomain, String accountsServer) {
        if (apiDomain == null || ApiDomainPolicy.isTrusted(apiDomain, accountsServer)) {
            return apiDomain;
        }
        LOG.warn("Account '{}': ignoring api_domain '{}' from {}: not a Zoho API host", account(), apiDomain, accountsServer);
        return null;
    }

    private Cached cache(ZohoGrant grant) {
        Instant expiresAt = grant.accessTokenExpiresAt();
        long expired = expiresAt.minus(settings.expiryMargin()).toEpochMilli();
        long stale = Math.min(expired, expiresAt.minus(settings.refreshMargin()).toEpochMilli());
        return new Cached(new ZohoAccessToken(grant.accessToken(), grant.apiDomain(), expiresAt), stale, expired, 0);
    }
}
