package io.github.camelzoho.examples.sync;

import io.github.camelzoho.oauth.store.FileTokenStore;
import io.github.camelzoho.sandbox.ZohoSandbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.main.Main;
import org.apache.camel.support.ScheduledPollConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The ShowTime sync job: Camel Main with the YAML routes of {@code routes/sync.yaml}. It writes each new or changed
 * talk as JSON into the output folder ({@code SYNC_OUTPUT}, default {@code ./showtime-data}).
 * <p>
 * With {@code ZOHO_CLIENT_ID}, {@code ZOHO_CLIENT_SECRET} and {@code ZOHO_REFRESH_TOKEN} or {@code ZOHO_GRANT_TOKEN}
 * (and {@code ZOHO_DATA_CENTER}, {@code ZOHO_SHOWTIME_URL}) it talks to real Zoho; without them it starts the local
 * Zoho sandbox and mints a self-client grant code once. Tokens persist in a file store, so a later run needs no new
 * grant. {@code --once} runs one sync cycle, prints a summary and exits; without it the job polls every
 * {@code SYNC_DELAY} (default 15m) until stopped.
 */
public final class ShowTimeSyncApp {

    private static final Logger LOG = LoggerFactory.getLogger(ShowTimeSyncApp.class);
    static final String SCOPES = "ZohoShowtime.talkapi.READ,ZohoShowtime.portalapi.READ";

    /** What one sync cycle did. */
    public record Summary(long talksWritten, long pagesRead, long tokenRequests, Path output) {
        @Override
        public String toString() {
            return "synced " + talksWritten + " talk" + (talksWritten == 1 ? "" : "s") + " (" + pagesRead + " page"
                    + (pagesRead == 1 ? "" : "s") + ") to " + output + ", " + tokenRequests + " token request"
                    + (tokenRequests == 1 ? "" : "s");
        }
    }

    private ShowTimeSyncApp() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        boolean once = List.of(args).contains("--once");
        Path output = Path.of(env.getOrDefault("SYNC_OUTPUT", "showtime-data"));
        if (once) {
            Summary summary = runOnce(env, output, Duration.ofMinutes(10));
            LOG.info("{}", summary);
        } else {
            try (ZohoSandbox sandbox = sandboxUnlessConfigured(env, output)) {
                Main main = configure(env, output, sandbox, new SimpleMeterRegistry(), -1);
                main.addInitialProperty("sync.delay", env.getOrDefault("SYNC_DELAY", "15m"));
                LOG.info("Syncing ShowTime talks to {} every {} (Ctrl-C to stop)", output, env.getOrDefault("SYNC_DELAY", "15m"));
                main.run();
            }
        }
    }

    /** Runs one sync cycle (both feeds polled once) and returns what it did. */
    public static Summary runOnce(Map<String, String> env, Path output, Duration timeout) throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (ZohoSandbox sandbox = sandboxUnlessConfigured(env, output)) {
            Main main = configure(env, output, sandbox, meters, 1);
            main.start();
            try {
                awaitOnePoll(main.getCamelContext(), timeout);
            } finally {
                main.stop();
            }
        }
        Path shown = output.isAbsolute() ? output : Path.of(".").resolve(output);
        return new Summary((long) sum(meters, "showtime.sync.talks.written"), pagesRead(meters),
                (long) timerCount(meters, "zoho.oauth.token.requests"), shown);
    }

    private static ZohoSandbox sandboxUnlessConfigured(Map<String, String> env, Path output) throws IOException {
        Path state = stateDir(output);
        if (!Files.isDirectory(state)) {
            // tokens live here: owner only
            Files.createDirectories(state, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        if (isConfigured(env)) {
            return null;
        }
        return ZohoSandbox.builder().stateFile(stateDir(output).resolve("sandbox-state.json")).build().start();
    }

    private static boolean isConfigured(Map<String, String> env) {
        String id = env.get("ZOHO_CLIENT_ID");
        return id != null && !id.isBlank();
    }

    private static Path stateDir(Path output) {
        return output.resolve(".sync");
    }

    private static Main configure(Map<String, String> env, Path output, ZohoSandbox sandbox, MeterRegistry meters,
            int repeatCount) {
        Main main = new Main(ShowTimeSyncApp.class);
        main.bind("metricsRegistry", meters);
        main.addInitialProperty("sync.output", output.toString());
        main.addInitialProperty("sync.state-dir", stateDir(output).toString());
        main.addInitialProperty("sync.delay", "15m");
        main.addInitialProperty("sync.repeat-count", Integer.toString(Math.max(repeatCount, 0)));
        if (sandbox != null) {
            main.addInitialProperty("zoho.client-id", ZohoSandbox.DEFAULT_CLIENT_ID);
            main.addInitialProperty("zoho.client-secret", ZohoSandbox.DEFAULT_CLIENT_SECRET);
            main.addInitialProperty("zoho.data-center", "us");
            main.addInitialProperty("zoho.accounts-url", sandbox.accountsServer());
            main.addInitialProperty("zoho.showtime-url", sandbox.baseUrl());
            FileTokenStore tokens = new FileTokenStore(stateDir(output).resolve("zoho-tokens.json"));
            if (tokens.load("default").isEmpty()) {
                // the sandbox's "Self Client > Generate Code": only when there is no grant yet
                main.addInitialProperty("zoho.grant-token", sandbox.mintGrantCode(SCOPES.split(",")));
            }
        } else {
            main.addInitialProperty("zoho.client-id", env.get("ZOHO_CLIENT_ID"));
            main.addInitialProperty("zoho.client-secret", env.getOrDefault("ZOHO_CLIENT_SECRET", ""));
            main.addInitialProperty("zoho.data-center", env.getOrDefault("ZOHO_DATA_CENTER", "us"));
            main.addInitialProperty("zoho.showtime-url", env.getOrDefault("ZOHO_SHOWTIME_URL", "https://showtime.zoho.com"));
            putIfSet(main, "zoho.refresh-token", env.get("ZOHO_REFRESH_TOKEN"));
            putIfSet(main, "zoho.grant-token", env.get("ZOHO_GRANT_TOKEN"));
        }
        return main;
    }

    private static void putIfSet(Main main, String key, String value) {
        if (value != null && !value.isBlank()) {
            main.addInitialProperty(key, value);
        }
    }

    /** Waits until every polling consumer finished one poll and no exchange is in flight. */
    private static void awaitOnePoll(CamelContext context, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ScheduledPollConsumer> consumers = context.getRoutes().stream().map(Route::getConsumer)
                .filter(ScheduledPollConsumer.class::isInstance).map(ScheduledPollConsumer.class::cast).toList();
        while (System.nanoTime() < deadline) {
            boolean done = consumers.stream().allMatch(c -> c.getSuccessCounter() + c.getErrorCounter() >= 1);
            if (done && context.getInflightRepository().size() == 0) {
                long failed = consumers.stream().mapToLong(ScheduledPollConsumer::getErrorCounter).sum();
                if (failed > 0) {
                    throw new IllegalStateException(failed + " of " + consumers.size()
                            + " feeds failed to poll ShowTime; the log above says why. Nothing already written is lost; "
                            + "run again to retry");
                }
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The sync cycle did not finish within " + timeout);
    }

    private static long pagesRead(MeterRegistry meters) {
        return meters.find("zoho.showtime.requests").tag("operation", "listTalks").timers().stream()
                .mapToLong(Timer::count).sum();
    }

    private static double timerCount(MeterRegistry meters, String name) {
        return meters.find(name).timers().stream().mapToLong(Timer::count).sum();
    }

    private static double sum(MeterRegistry meters, String name) {
        return meters.find(name).meters().stream().flatMap(m -> java.util.stream.StreamSupport
                .stream(m.measure().spliterator(), false)).mapToDouble(io.micrometer.core.instrument.Measurement::getValue)
                .sum();
    }
}
