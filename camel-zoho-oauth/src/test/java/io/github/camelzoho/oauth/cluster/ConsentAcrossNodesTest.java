package io.github.camelzoho.oauth.cluster;

import com.zaxxer.hikari.HikariDataSource;
import io.github.camelzoho.oauth.MutableClock;
import io.github.camelzoho.oauth.ZohoAccountsStub;
import io.github.camelzoho.oauth.ZohoInvalidCallbackException;
import io.github.camelzoho.oauth.ZohoOAuthComponent;
import io.github.camelzoho.oauth.token.ZohoTokenStatus;
import io.github.camelzoho.oauth.store.jdbc.TestDatabase;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static org.assertj.core.api.Assertions.assertThat;

/** The login lands on one node, Zoho's redirect on another: the callback is accepted there, once. */
class ConsentAcrossNodesTest {

    private final MutableClock clock = MutableClock.atEpochDay();
    private ZohoAccountsStub zoho;
    private HikariDataSource dataSource;
    private String table;
    private CamelContext nodeA;
    private CamelContext nodeB;

    @BeforeEach
    void setUp() throws Exception {
        zoho = new ZohoAccountsStub();
        zoho.server().stubFor(ZohoAccountsStub.tokenEndpoint().withRequestBody(containing("grant_type=authorization_code"))
                .willReturn(ZohoAccountsStub.json(ZohoAccountsStub.codeExchangeJson(ZohoAccountsStub.ACCESS_TOKEN_1,
                        ZohoAccountsStub.REFRESH_TOKEN))));
        dataSource = TestDatabase.pool("consent-across-nodes", 4);
        table = TestDatabase.uniqueTable();
        nodeA = node();
        nodeB = node();
    }

    @AfterEach
    void tearDown() throws Exception {
        nodeA.stop();
        nodeB.stop();
        TestDatabase.dropTables(dataSource, table);
        dataSource.close();
        zoho.close();
    }

    private CamelContext node() throws Exception {
        CamelContext context = new DefaultCamelContext();
        ZohoOAuthComponent component = new ZohoOAuthComponent();
        component.setClock(clock);
        component.getConfiguration().setClientId(ZohoAccountsStub.CLIENT_ID);
        component.getConfiguration().setClientSecret(ZohoAccountsStub.CLIENT_SECRET);
        component.getConfiguration().setAccountsUrl(zoho.url());
        component.getConfiguration().setRedirectUri("https://esb.example.com/zoho/callback");
        component.getConfiguration().setScope("ZohoShowtime.talkapi.READ");
        component.getConfiguration().setTokenStoreDataSource(dataSource);
        component.getConfiguration().setTokenStoreTable(table);
        context.addComponent("zoho-oauth", component);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:login").to("zoho-oauth:authorize");
                from("direct:callback").to("zoho-oauth:callback");
                from("direct:token").to("zoho-oauth:token");
            }
        });
        context.start();
        return context;
    }

    private static Exchange callback(CamelContext node, String state) {
        return node.createProducerTemplate().request("direct:callback", e -> {
            e.getMessage().setHeader("code", ZohoAccountsStub.GRANT_CODE);
            e.getMessage().setHeader("state", state);
        });
    }

    @Test
    void callbackOnAnotherNodeIsAcceptedOnceAndEveryNodeThenHasTheGrant() {
        ProducerTemplate onA = nodeA.createProducerTemplate();
        String location = onA.request("direct:login", e -> e.getMessage().setHeader("CamelZohoOAuthAccount", "alice"))
                .getMessage().getHeader("Location", String.class);
        String state = location.replaceAll(".*[?&]state=([^&]+).*", "$1");

        Exchange accepted = callback(nodeB, state);
        Exchange replayedOnB = callback(nodeB, state);
        Exchange replayedOnA = callback(nodeA, state);

        assertThat(accepted.getException()).isNull();
        assertThat(accepted.getMessage().getBody(ZohoTokenStatus.class).account()).isEqualTo("alice");
        assertThat(replayedOnB.getException()).isInstanceOf(ZohoInvalidCallbackException.class);
        assertThat(replayedOnA.getException()).isInstanceOf(ZohoInvalidCallbackException.class);
        assertThat(zoho.tokenRequests()).isEqualTo(1);
        // node A, where the login started, uses the grant node B stored, without a token request of its own
        Exchange decorated = onA.request("direct:token", e -> e.getMessage().setHeader("CamelZohoOAuthAccount", "alice"));
        assertThat(decorated.getMessage().getHeader("Authorization"))
                .isEqualTo("Zoho-oauthtoken " + ZohoAccountsStub.ACCESS_TOKEN_1);
        assertThat(zoho.tokenRequests()).isEqualTo(1);
    }
}
