package io.github.camelzoho.sandbox.internal;

import com.sun.net.httpserver.HttpServer;
import io.github.camelzoho.sandbox.SandboxClock;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Wires the stores and endpoints together and runs them on one loopback {@link HttpServer}. */
public final class SandboxServer {

    private static final String ORG = "([0-9]+)";

    private final CounterRegistry counters = new CounterRegistry();
    private final FaultPlan faults = new FaultPlan();
    private final AccountsSettings settings;
    private final ShowTimeStore showTime;
    private final GrantCodeAdmin grantCodes;
    private final Router router;
    private volatile HttpServer server;
    private ExecutorService executor;

    /**
     * Builds the sandbox state; nothing listens until {@link #start(int)}.
     *
     * @param clock the sandbox clock
     * @param clients registered clients
     * @param defaultClientId the client used when none is named
     * @param throttleStatus HTTP status of throttle replies
     * @param legacyExpiresIn initial expiry form
     * @param seed seed of the demo data
     * @param stateFile where issued tokens are kept across restarts, or {@code null} to keep them in memory only
     */
    public SandboxServer(SandboxClock clock, List<RegisteredClient> clients, String defaultClientId,
            int throttleStatus, boolean legacyExpiresIn, long seed, java.nio.file.Path stateFile) {
        TokenValues values = new TokenValues();
        ClientRegistry registry = new ClientRegistry(clients);
        GrantCodeStore codes = new GrantCodeStore(clock, values);
        TokenStore tokens = new TokenStore(clock, values, stateFile == null ? null : new TokenStateFile(stateFile));
        this.settings = new AccountsSettings(this::baseUrl, throttleStatus, legacyExpiresIn);
        IdSequence ids = new IdSequence();
        this.showTime = new ShowTimeStore(clock);
        String userId = new DemoData(seed, ids, clock.instant()).seed(showTime);
        SandboxUser user = new SandboxUser(userId, "Sandbox User", "sandbox.user@zylker.com");
        this.grantCodes = new GrantCodeAdmin(registry, codes, defaultClientId);

        AuthorizeEndpoint authorize = new AuthorizeEndpoint(registry, codes, settings, counters);
        ShowTimeGuard guard = new ShowTimeGuard(tokens);
        CountersAdmin countersAdmin = new CountersAdmin(counters);
        FaultsAdmin faultsAdmin = new FaultsAdmin(faults);
        ClockAdmin clockAdmin = new ClockAdmin(clock);
        this.router = new Router()
                .add("GET", "/oauth/v2/auth", authorize::show)
                .add("POST", "/oauth/v2/auth", authorize::decide)
                .add("POST", "/oauth/v2/token", new TokenEndpoint(registry, codes, tokens,
                        new SlidingWindowThrottle(clock, 10, Duration.ofMinutes(10)), settings, counters))
                .add("POST", "/oauth/v2/token/revoke", new RevokeEndpoint(tokens, counters))
                .addShowTime("GET", "/api/v4/org/portals\\.json", "portals", new PortalsEndpoint(guard, showTime))
                .addShowTime("GET", "/api/v4/" + ORG + "/talks\\.json", "talks",
                        new TalksEndpoint(guard, showTime, faults))
                .addShowTime("POST", "/api/v4/" + ORG + "/sessions\\.json", "createSession",
                        new CreateSessionEndpoint(guard, showTime, ids, clock, user))
                .addShowTime("DELETE", "/api/v4/" + ORG + "/sessions/([0-9]+)\\.json", "deleteSession",
                        new DeleteSessionEndpoint(guard, showTime))
                .addShowTime("POST", "/showtime/api/v4/viewer/([0-9]+)/fieldAnswers\\.json", "fieldAnswers",
                        new FieldAnswersEndpoint(guard, showTime, ids, clock))
                .add("POST", "/sandbox/grant-codes", grantCodes)
                .add("GET", "/sandbox/counters", countersAdmin::read)
                .add("DELETE", "/sandbox/counters", countersAdmin::reset)
                .add("GET", "/sandbox/faults", faultsAdmin::list)
                .add("POST", "/sandbox/faults", faultsAdmin::add)
                .add("DELETE", "/sandbox/faults", faultsAdmin::clear)
                .add("GET", "/sandbox/clock", clockAdmin::read)
                .add("POST", "/sandbox/clock/advance", clockAdmin::advance)
                .add("POST", "/sandbox/settings", new SettingsAdmin(settings));
    }

    /**
     * Binds 127.0.0.1 and starts serving.
     *
     * @param port the port, 0 for a free one
     * @throws IOException if the port cannot be bound
     */
    public synchronized void start(int port) throws IOException {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "zoho-sandbox-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(executor);
        http.createContext("/", new SandboxHttpHandler(router, faults, counters));
        http.start();
        server = http;
    }

    /** Stops serving; delayed replies in flight are cut short. */
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Returns the bound port.
     *
     * @return the port
     */
    public int port() {
        HttpServer http = server;
        if (http == null) {
            throw new IllegalStateException("the sandbox is not started");
        }
        return http.getAddress().getPort();
    }

    /**
     * Returns {@code http://127.0.0.1:<port>}.
     *
     * @return the base URL
     */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /**
     * Returns the counters.
     *
     * @return the registry
     */
    public CounterRegistry counters() {
        return counters;
    }

    /**
     * Returns the fault plan.
     *
     * @return the plan
     */
    public FaultPlan faults() {
        return faults;
    }

    /**
     * Returns the runtime accounts settings.
     *
     * @return the settings
     */
    public AccountsSettings settings() {
        return settings;
    }

    /**
     * Mints a self-client grant code.
     *
     * @param clientId the client
     * @param scopes scopes, empty for the ShowTime defaults
     * @return the code
     */
    public String mintGrantCode(String clientId, List<String> scopes) {
        return grantCodes.mint(clientId, scopes);
    }

    /**
     * Returns the orgId of the portal marked default.
     *
     * @return the orgId
     */
    public String defaultOrgId() {
        return showTime.portals().stream().filter(Portal::isDefault).findFirst().orElseThrow().id();
    }
}
