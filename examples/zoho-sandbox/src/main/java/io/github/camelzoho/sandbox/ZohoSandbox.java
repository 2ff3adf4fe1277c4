package io.github.camelzoho.sandbox;

import io.github.camelzoho.sandbox.internal.RegisteredClient;
import io.github.camelzoho.sandbox.internal.SandboxServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;

/**
 * A local, in-memory Zoho: the Accounts OAuth 2.0 server and the ShowTime API on one loopback port.
 *
 * <pre>{@code
 * try (ZohoSandbox sandbox = ZohoSandbox.builder().build().start()) {
 *     String code = sandbox.mintGrantCode("ZohoShowtime.talkapi.READ");
 *     // POST sandbox.tokenUrl() with grant_type=authorization_code, client_id, client_secret, code
 *     // GET sandbox.apiDomain() + "/api/v4/" + sandbox.defaultOrgId() + "/talks.json?filter=1"
 * }
 * }</pre>
 *
 * <p>Accounts paths are Zoho's: {@code /oauth/v2/auth}, {@code /oauth/v2/token}, {@code /oauth/v2/token/revoke}.
 * ShowTime paths are {@code /api/v4/org/portals.json}, {@code /api/v4/{orgId}/talks.json},
 * {@code /api/v4/{orgId}/sessions.json}, {@code /api/v4/{orgId}/sessions/{sessionId}.json} and
 * {@code /showtime/api/v4/viewer/{zaid}/fieldAnswers.json}. Paths under {@code /sandbox/} are sandbox-only
 * administration (grant codes, counters, faults, clock, settings) and do not exist at Zoho.
 *
 * <p>Thread-safe. Expiries follow {@link #clock()}, never wall time.
 */
public final class ZohoSandbox implements AutoCloseable {

    /** Client id of the pre-registered default client. */
    public static final String DEFAULT_CLIENT_ID = "sandbox-client-id";
    /** Client secret of the pre-registered default client. */
    public static final String DEFAULT_CLIENT_SECRET = "sandbox-client-secret";

    private final SandboxServer server;
    private final SandboxClock clock;
    private final int port;
    private final SandboxCounters counters;
    private final SandboxFaults faults;

    private ZohoSandbox(Builder builder) {
        this.clock = SandboxClock.on(builder.clock);
        this.port = builder.port;
        List<RegisteredClient> clients = new ArrayList<>();
        clients.add(new RegisteredClient(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, builder.defaultRedirectUris));
        clients.addAll(builder.clients.values());
        this.server = new SandboxServer(clock, clients, DEFAULT_CLIENT_ID, builder.throttleStatus,
                builder.legacyExpiresIn, builder.seed, builder.stateFile);
        this.counters = new SandboxCounters(server.counters());
        this.faults = new SandboxFaults(server.faults());
    }

    /**
     * Starts configuring a sandbox.
     *
     * @return a builder with defaults: free port, system clock, only the default client
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds 127.0.0.1 and starts serving.
     *
     * @return this sandbox, for chaining
     * @throws UncheckedIOException if the port cannot be bound
     */
    public ZohoSandbox start() {
        try {
            server.start(port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind 127.0.0.1:" + port, e);
        }
        return this;
    }

    /** Stops the server and releases its port and threads. */
    @Override
    public void close() {
        server.stop();
    }

    /**
     * Returns the port the sandbox listens on.
     *
     * @return the bound port
     */
    public int port() {
        return server.port();
    }

    /**
     * Returns {@code http://127.0.0.1:<port>}: the accounts server and the API domain at once.
     *
     * @return the base URL, without trailing slash
     */
    public String baseUrl() {
        return server.baseUrl();
    }

    /**
     * Returns the accounts server URL, as sent in the callback's {@code accounts-server} parameter.
     *
     * @return the base URL
     */
    public String accountsServer() {
        return baseUrl();
    }

    /**
     * Returns the API domain, as sent in token responses' {@code api_domain}.
     *
     * @return the base URL
     */
    public String apiDomain() {
        return baseUrl();
    }

    /**
     * Returns the authorization endpoint.
     *
     * @return {@code <base>/oauth/v2/auth}
     */
    public String authorizationUrl() {
        return baseUrl() + "/oauth/v2/auth";
    }

    /**
     * Returns the token endpoint.
     *
     * @return {@code <base>/oauth/v2/token}
     */
    public String tokenUrl() {
        return baseUrl() + "/oauth/v2/token";
    }

    /**
     * Returns the (legacy) revoke endpoint.
     *
     * @return {@code <base>/oauth/v2/token/revoke}
     */
    public String revokeUrl() {
        return baseUrl() + "/oauth/v2/token/revoke";
    }

    /**
     * Returns the orgId of the default portal ({@code isDefault: "true"}).
     *
     * @return the orgId
     */
    public String defaultOrgId() {
        return server.defaultOrgId();
    }

    /**
     * Returns the sandbox clock; advance it to expire codes, tokens and throttle windows.
     *
     * @return the clock
     */
    public SandboxClock clock() {
        return clock;
    }

    /**
     * Returns the request counters.
     *
     * @return the counters
     */
    public SandboxCounters counters() {
        return counters;
    }

    /**
     * Returns the fault switches.
     *
     * @return the faults
     */
    public SandboxFaults faults() {
        return faults;
    }

    /**
     * Switches the token responses' expiry form at runtime.
     *
     * @param legacy true for {@code expires_in} in milliseconds plus {@code expires_in_sec}; false for seconds
     */
    public void legacyExpiresIn(boolean legacy) {
        server.settings().legacyExpiresIn(legacy);
    }

    /**
     * Mints a self-client grant code for the default client, valid 2 minutes on the sandbox clock, exchanged
     * without {@code redirect_uri} and always yielding a refresh token (sandbox-only shortcut for the console).
     *
     * @param scopes the scopes; none means the four ShowTime scopes
     * @return the code
     */
    public String mintGrantCode(String... scopes) {
        return mintGrantCodeFor(DEFAULT_CLIENT_ID, scopes);
    }

    /**
     * Mints a self-client grant code for a registered client.
     *
     * @param clientId a registered client id
     * @param scopes the scopes; none means the four ShowTime scopes
     * @return the code
     * @throws IllegalArgumentException for an unknown client
     */
    public String mintGrantCodeFor(String clientId, String... scopes) {
        return server.mintGrantCode(clientId, List.of(scopes));
    }

    /**
     * Runs the sandbox standalone until interrupted.
     *
     * @param args {@code --port N} (default 8765; 0 for a free one), {@code --legacy-expires-in}
     * @throws InterruptedException if interrupted while waiting
     */
    public static void main(String[] args) throws InterruptedException {
        Builder builder = builder().port(8765);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> builder.port(Integer.parseInt(args[++i]));
                case "--legacy-expires-in" -> builder.legacyExpiresIn(true);
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        ZohoSandbox sandbox = builder.build().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }));
        String base = sandbox.baseUrl();
        System.out.println("Zoho sandbox listening on " + base);
        System.out.println("  authorize      GET  " + sandbox.authorizationUrl());
        System.out.println("  token          POST " + sandbox.tokenUrl());
        System.out.println("  revoke         POST " + sandbox.revokeUrl());
        System.out.println("  api_domain          " + sandbox.apiDomain());
        System.out.println("  portals        GET  " + base + "/api/v4/org/portals.json");
        System.out.println("  talks          GET  " + base + "/api/v4/" + sandbox.defaultOrgId()
                + "/talks.json?filter=1");
        System.out.println("  client id / secret  " + DEFAULT_CLIENT_ID + " / " + DEFAULT_CLIENT_SECRET);
        System.out.println("  grant code     POST " + base + "/sandbox/grant-codes?scope=ZohoShowtime.talkapi.READ");
        System.out.println("  counters       GET  " + base + "/sandbox/counters");
        System.out.println("Press Ctrl+C to stop.");
        stopped.await();
    }

    /** Configures a {@link ZohoSandbox}. Not thread-safe; build once. */
    public static final class Builder {

        private int port;
        private Clock clock = Clock.systemUTC();
        private final Map<String, RegisteredClient> clients = new LinkedHashMap<>();
        private List<String> defaultRedirectUris = List.of();
        private boolean legacyExpiresIn;
        private int throttleStatus = 200;
        private long seed = 20_240_611L;
        private java.nio.file.Path stateFile;

        private Builder() {
        }

        /**
         * Sets the port.
         *
         * @param port 0 (the default) for a free port
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("invalid port: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Sets the base of the sandbox clock; a fixed clock makes tests fully deterministic.
         *
         * @param clock the base clock (default {@link Clock#systemUTC()})
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Registers another client.
         *
         * @param clientId its id
         * @param clientSecret its secret
         * @param redirectUris its redirect URIs, matched exactly; none means any http(s) URI on 127.0.0.1/localhost
         * @return this builder
         */
        public Builder client(String clientId, String clientSecret, String... redirectUris) {
            if (DEFAULT_CLIENT_ID.equals(clientId)) {
                throw new IllegalArgumentException("use defaultClientRedirectUris for the default client");
            }
            clients.put(clientId, new RegisteredClient(clientId, clientSecret, List.of(redirectUris)));
            return this;
        }

        /**
         * Registers the default client's redirect URIs, after which only these match (exactly).
         *
         * @param redirectUris the redirect URIs
         * @return this builder
         */
        public Builder defaultClientRedirectUris(String... redirectUris) {
            this.defaultRedirectUris = List.of(redirectUris);
            return this;
        }

        /**
         * Serves the legacy expiry form from the start.
         *
         * @param legacy true for {@code expires_in} in milliseconds plus {@code expires_in_sec}
         * @return this builder
         */
        public Builder legacyExpiresIn(boolean legacy) {
            this.legacyExpiresIn = legacy;
            return this;
        }

        /**
         * Sets the HTTP status of throttle replies; sources disagree whether Zoho sends 200 or 400.
         *
         * @param status 200 (default) or 400
         * @return this builder
         */
        public Builder throttleHttpStatus(int status) {
            if (status != 200 && status != 400) {
                throw new IllegalArgumentException("throttle status must be 200 or 400: " + status);
            }
            this.throttleStatus = status;
            return this;
        }

        /**
         * Sets the seed of the demo data.
         *
         * @param seed the seed; the default gives the documented data set
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Keeps issued refresh and access tokens in this file (mode 0600), so that a restarted sandbox still accepts
         * them, as real Zoho does. Without it tokens live as long as the sandbox.
         *
         * @param file the state file; created when the first token is issued
         * @return this builder
         */
        public Builder stateFile(java.nio.file.Path file) {
            this.stateFile = file;
            return this;
        }

        /**
         * Builds the sandbox (seeding its data); call {@link ZohoSandbox#start()} to serve.
         *
         * @return the sandbox
         */
        public ZohoSandbox build() {
            return new ZohoSandbox(this);
        }
    }
}
