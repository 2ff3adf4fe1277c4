package io.github.camelzoho.reliability;

import io.github.camelzoho.oauth.ZohoOAuthComponent;
import io.github.camelzoho.oauth.ZohoOAuthConfiguration;
import io.github.camelzoho.oauth.internal.token.TokenManager;
import io.github.camelzoho.oauth.store.InMemoryTokenStore;
import io.github.camelzoho.showtime.ZohoShowTimeComponent;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.impl.DefaultCamelContext;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * One CamelContext with {@code zoho-oauth} and {@code zoho-showtime} as a user would set them up, with short client
 * timeouts (500 ms instead of the defaults: zoho-oauth connect 10 s / response 30 s, camel-http 3 min each), an
 * injected clock and a retry sleeper that records instead of waiting. Secrets are component options, never URI
 * parameters. On close, everything tooling shows about the context goes to the secret scan.
 */
final class Harness implements AutoCloseable {

    static final String CLIENT_ID = "1000.RELIABILITYSUITECLIENT";
    static final String CLIENT_SECRET = "rel-suite-client-secret-5b2e8d91c4";
    static final Duration CLIENT_TIMEOUT = Duration.ofMillis(500);

    final DefaultCamelContext context = new DefaultCamelContext();
    final ZohoOAuthComponent oauth = new ZohoOAuthComponent();
    final ZohoShowTimeComponent showtime = new ZohoShowTimeComponent();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final List<Duration> retryWaits = new CopyOnWriteArrayList<>();
    final ProducerTemplate template;

    static {
        Ledger.secret(CLIENT_SECRET);
    }

    /**
     * @param accountsUrl the accounts server
     * @param apiUrl      the ShowTime base URL, or {@code null}
     * @param clock       the clock of token expiry
     * @param options     more zoho-oauth options; the store defaults to a recording in-memory store
     */
    Harness(String accountsUrl, String apiUrl, Clock clock, Consumer<ZohoOAuthConfiguration> options) throws Exception {
        context.getRegistry().bind("meters", meters);
        oauth.setClock(clock);
        oauth.setConnectTimeout(CLIENT_TIMEOUT.toMillis());
        oauth.setResponseTimeout(CLIENT_TIMEOUT.toMillis());
        ZohoOAuthConfiguration config = oauth.getConfiguration();
        config.setClientId(CLIENT_ID);
        config.setClientSecret(CLIENT_SECRET);
        config.setAccountsUrl(accountsUrl);
        config.setRedirectUri("https://app.example.com/zoho/callback");
        config.setScope("ZohoShowtime.talkapi.READ,ZohoShowtime.portalapi.READ");
        config.setTokenStore(new RecordingStore(new InMemoryTokenStore()));
        options.accept(config);
        Ledger.secret(config.getRefreshToken());
        Ledger.secret(config.getAuthorizationToken());
        context.addComponent("zoho-oauth", oauth);
        if (apiUrl != null) {
            showtime.getConfiguration().setApiUrl(apiUrl);
            showtime.getConfiguration().setRetryDelay(200);
            showtime.setSleeper(retryWaits::add);
            context.addComponent("zoho-showtime", showtime);
        }
        HttpComponent http = context.getComponent("http", HttpComponent.class);
        http.setConnectTimeout(CLIENT_TIMEOUT.toMillis());
        http.setConnectionRequestTimeout(2 * CLIENT_TIMEOUT.toMillis());
        http.setSoTimeout(CLIENT_TIMEOUT.toMillis());
        http.setResponseTimeout(CLIENT_TIMEOUT.toMillis());
        context.start();
        template = context.createProducerTemplate();
    }

    TokenManager manager(String account) {
        return oauth.tokenManager(oauth.getConfiguration(), account);
    }

    /** Hands what tooling shows to the scan: endpoint URIs, configurations, managers, statuses, meter ids. */
    void collectEvidence() {
        for (Endpoint ep : context.getEndpoints()) {
            Ledger.evidence("endpoint", ep.toString() + " " + ep.getEndpointUri() + " " + ep.getEndpointBaseUri());
        }
        Ledger.evidence("oauth configuration", oauth.getConfiguration().toString());
        Ledger.evidence("showtime configuration", showtime.getConfiguration().toString());
        for (TokenManager m : oauth.tokenManagers()) {
            Ledger.evidence("manager", m + " " + m.settings() + " " + m.status() + " " + m.currentFailure());
        }
        for (Meter meter : meters.getMeters()) {
            Ledger.evidence("meter", meter.getId().toString());
        }
        context.getRoutes().forEach(r -> Ledger.evidence("route", r.toString() + " " + r.getEndpoint()));
    }

    @Override
    public void close() {
        try {
            collectEvidence();
        } finally {
            context.stop();
        }
    }
}
