package io.github.camelzoho.oauth;

import io.github.camelzoho.oauth.token.ZohoTokenStatus;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static io.github.camelzoho.oauth.ZohoAccountsStub.ACCESS_TOKEN_1;
import static io.github.camelzoho.oauth.ZohoAccountsStub.CLIENT_SECRET;
import static io.github.camelzoho.oauth.ZohoAccountsStub.REFRESH_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/** No Java: Camel Main properties configure the component, YAML DSL routes use it, the file store persists it. */
class CamelMainYamlTest {

    private static ZohoAccountsStub zoho;

    @TempDir
    Path dir;

    @BeforeAll
    static void startZoho() {
        zoho = new ZohoAccountsStub();
    }

    @AfterAll
    static void stopZoho() {
        zoho.close();
    }

    private Main main(Path tokenFile) {
        // secrets come from the properties file, as in a deployment; only test-run values are set here
        Main main = new Main();
        main.setPropertyPlaceholderLocations("classpath:zoho-main-test.properties");
        main.addInitialProperty("zoho.secret", CLIENT_SECRET);
        main.addInitialProperty("camel.component.zoho-oauth.accounts-url", zoho.url());
        main.addInitialProperty("camel.component.zoho-oauth.token-store-file", tokenFile.toString());
        return main;
    }

    @Test
    void yamlRouteDecoratesFromMainPropertiesAndTheStartupSummaryMasksSecrets() throws Exception {
        zoho.reset();
        zoho.server().stubFor(ZohoAccountsStub.tokenEndpoint().willReturn(ZohoAccountsStub.json(
                ZohoAccountsStub.codeExchangeJson(ACCESS_TOKEN_1, REFRESH_TOKEN))));
        Path tokenFile = dir.resolve("state/zoho-tokens.json");
        String log;
        try (LogCapture capture = new LogCapture(Map.of("org.apache.camel", Level.INFO))) {
            Main main = main(tokenFile);
            main.start();
            try {
                CamelContext context = main.getCamelContext();
                ProducerTemplate template = context.createProducerTemplate();
                assertThat(template.requestBody("direct:decorate", "x", String.class))
                        .isEqualTo("Zoho-oauthtoken " + ACCESS_TOKEN_1 + "|https://www.zohoapis.com");
                assertThat(template.requestBody("direct:status", null, ZohoTokenStatus.class).refreshTokenPresent()).isTrue();
                ZohoOAuthComponent component = context.getComponent("zoho-oauth", ZohoOAuthComponent.class);
                assertThat(component.getConfiguration().getRefreshMargin()).isEqualTo(120_000);
            } finally {
                main.stop();
            }
            log = capture.text();
        }
        assertThat(log).contains("camel.component.zoho-oauth.clientSecret = xxxxxx",
                "camel.component.zoho-oauth.authorizationToken = xxxxxx"); // the summary was printed, masked ...
        assertThat(log).doesNotContain(CLIENT_SECRET, REFRESH_TOKEN, ZohoAccountsStub.GRANT_CODE, ACCESS_TOKEN_1); // ... nowhere in clear
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile))).isEqualTo("rw-------");

        // a restart finds the token in the file: no new token request
        int before = zoho.tokenRequests();
        Main again = main(tokenFile);
        again.start();
        try {
            assertThat(again.getCamelContext().createProducerTemplate().requestBody("direct:decorate", "x", String.class))
                    .startsWith("Zoho-oauthtoken " + ACCESS_TOKEN_1);
        } finally {
            again.stop();
        }
        assertThat(zoho.tokenRequests()).isEqualTo(before);
    }
}
