package io.github.camelzoho.examples.consent;

import io.github.camelzoho.sandbox.ZohoSandbox;
import org.apache.camel.main.Main;

import java.nio.file.Path;
import java.util.Map;

/**
 * Starts the consent example: Camel Main with the YAML routes in {@code routes/consent.yaml}. With
 * {@code ZOHO_CLIENT_ID} and {@code ZOHO_CLIENT_SECRET} it talks to real Zoho ({@code ZOHO_DATA_CENTER}, default us);
 * without them it starts the local Zoho sandbox first and points the component at it. Open
 * {@code http://127.0.0.1:8080/zoho/login} in a browser.
 */
public final class OAuthConsentApp implements AutoCloseable {

    private final Main main;
    private final ZohoSandbox sandbox;
    private final int port;

    private OAuthConsentApp(Main main, ZohoSandbox sandbox, int port) {
        this.main = main;
        this.sandbox = sandbox;
        this.port = port;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        int port = Integer.parseInt(env.getOrDefault("CONSENT_PORT", "8080"));
        try (OAuthConsentApp app = start(env, port, Path.of(env.getOrDefault("ZOHO_TOKEN_FILE", "target/zoho-tokens.json")))) {
            System.out.println("Open http://127.0.0.1:" + port + "/zoho/login in a browser (Ctrl-C to stop)");
            app.main.run(); // until Ctrl-C
        }
    }

    /** Starts the app (and the sandbox when {@code env} has no Zoho client) and returns once it serves requests. */
    public static OAuthConsentApp start(Map<String, String> env, int port, Path tokenFile) throws Exception {
        ZohoSandbox sandbox = null;
        Main main = new Main(OAuthConsentApp.class);
        main.addInitialProperty("consent.port", Integer.toString(port));
        main.addInitialProperty("zoho.token-file", tokenFile.toString());
        main.addInitialProperty("zoho.data-center", env.getOrDefault("ZOHO_DATA_CENTER", "us"));
        String clientId = env.get("ZOHO_CLIENT_ID");
        if (clientId == null || clientId.isBlank()) {
            sandbox = ZohoSandbox.builder().build().start();
            main.addInitialProperty("zoho.client-id", ZohoSandbox.DEFAULT_CLIENT_ID);
            main.addInitialProperty("zoho.client-secret", ZohoSandbox.DEFAULT_CLIENT_SECRET);
            main.addInitialProperty("zoho.accounts-url", sandbox.accountsServer());
        } else {
            main.addInitialProperty("zoho.client-id", clientId);
            main.addInitialProperty("zoho.client-secret", env.getOrDefault("ZOHO_CLIENT_SECRET", ""));
        }
        main.start();
        return new OAuthConsentApp(main, sandbox, port);
    }

    /** The sandbox, or {@code null} when running against real Zoho. */
    public ZohoSandbox sandbox() {
        return sandbox;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws Exception {
        main.stop();
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
