package io.github.camelzoho.showtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelzoho.showtime.model.FieldAnswer;
import io.github.camelzoho.showtime.model.Portal;
import io.github.camelzoho.showtime.model.Session;
import io.github.camelzoho.showtime.model.Talk;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static io.github.camelzoho.showtime.ShowTimeStubs.ORG_ID;
import static io.github.camelzoho.showtime.ShowTimeStubs.ZAID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every operation, and the consumer, from YAML DSL routes. */
class YamlDslTest extends ShowTimeTestSupport {

    private static final String ROUTES = """
            - route:
                from:
                  uri: direct:portals
                  steps:
                    - to: zoho-showtime:listPortals
            - route:
                from:
                  uri: direct:talks
                  steps:
                    - to:
                        uri: zoho-showtime:listTalks
                        parameters:
                          filter: completed
                          pageSize: 2
            - route:
                from:
                  uri: direct:create
                  steps:
                    - setBody:
                        constant: '{"name":"From YAML","scheduledTime":1542113700000,"deliveryMode":3}'
                    - to: zoho-showtime:createSession
            - route:
                from:
                  uri: direct:delete
                  steps:
                    - setHeader:
                        name: CamelZohoShowTimeSessionId
                        constant: "8100"
                    - to: zoho-showtime:deleteSession
            - route:
                from:
                  uri: direct:register
                  steps:
                    - setBody:
                        constant: '{"firstName":"Ada","lastName":"Lovelace","email":"ada@example.com","sessionId":"8100","talkId":"7100"}'
                    - to:
                        uri: zoho-showtime:registerAttendee
                        parameters:
                          zaid: "%s"
            - route:
                from:
                  uri: direct:call
                  steps:
                    - to:
                        uri: zoho-showtime:call
                        parameters:
                          method: GET
                          path: /api/v4/{orgId}/talks.json?filter=1
            - route:
                id: yaml-sync
                autoStartup: false
                from:
                  uri: zoho-showtime:listTalks
                  parameters:
                    filter: upcoming
                    initialDelay: 0
                    delay: 20
                  steps:
                    - to: mock:synced
            """.formatted(ZAID);

    @BeforeEach
    void loadYamlRoutes() throws Exception {
        ShowTimeStubs.stubPortals();
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("showtime.yaml", ROUTES));
    }

    @Test
    void listPortals_fromYaml() {
        List<?> portals = template.requestBody("direct:portals", null, List.class);
        assertThat(portals).extracting(p -> ((Portal) p).getPortalName()).containsExactly("Other", "Acme Academy");
    }

    @Test
    void listTalks_fromYaml() {
        stubFor(ShowTimeStubs.talksRequest().willReturn(okJson(ShowTimeStubs.talksPage(1, 2, 2))));
        List<?> talks = template.requestBody("direct:talks", null, List.class);
        assertThat(talks).extracting(t -> ((Talk) t).getId()).containsExactly("7001", "7002");
    }

    @Test
    void createSession_fromYaml() {
        stubFor(post(urlEqualTo("/api/v4/" + ORG_ID + "/sessions.json"))
                .willReturn(okJson("{\"session\":{\"id\":\"8100\",\"name\":\"From YAML\"}}")));
        Session session = template.requestBody("direct:create", null, Session.class);
        assertThat(session.getName()).isEqualTo("From YAML");
        verify(postRequestedFor(urlEqualTo("/api/v4/" + ORG_ID + "/sessions.json")).withRequestBody(
                equalToJson("{\"session\":{\"name\":\"From YAML\",\"scheduledTime\":1542113700000,\"deliveryMode\":3}}")));
    }

    @Test
    void deleteSession_fromYaml() {
        stubFor(delete(urlEqualTo("/api/v4/" + ORG_ID + "/sessions/8100.json")).willReturn(aResponse().withStatus(204)));
        Exchange out = template.request("direct:delete", e -> { });
        assertThat(out.getMessage().getHeader(ZohoShowTimeConstants.DELETED)).isEqualTo(true);
        assertThat(out.getMessage().getHeader(ZohoShowTimeConstants.HTTP_STATUS)).isEqualTo(204);
    }

    @Test
    void registerAttendee_fromYaml() {
        stubFor(post(urlEqualTo("/showtime/api/v4/viewer/" + ZAID + "/fieldAnswers.json"))
                .willReturn(okJson("{\"fieldAnswer\":[{\"field\":\"Email\",\"answer\":\"ada@example.com\",\"id\":\"1\"}]}")));
        List<?> answers = template.requestBody("direct:register", null, List.class);
        assertThat(answers).extracting(a -> ((FieldAnswer) a).getAnswer()).containsExactly("ada@example.com");
    }

    @Test
    void call_fromYaml() {
        stubFor(get(urlEqualTo("/api/v4/" + ORG_ID + "/talks.json?filter=1"))
                .willReturn(okJson("{\"meta\":{\"totalSessionsCount\":\"0\"}}")));
        JsonNode json = template.requestBody("direct:call", null, JsonNode.class);
        assertThat(json.at("/meta/totalSessionsCount").asText()).isEqualTo("0");
    }

    @Test
    void listTalksConsumer_fromYaml() throws Exception {
        stubFor(ShowTimeStubs.talksRequest().withQueryParam("filter", equalTo("1"))
                .willReturn(okJson(ShowTimeStubs.talksPage(1, 2, 2))));
        MockEndpoint synced = getMockEndpoint("mock:synced");
        synced.expectedMessageCount(2);

        context.getRouteController().startRoute("yaml-sync");

        synced.assertIsSatisfied(Duration.ofSeconds(10).toMillis());
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2)).until(() -> synced.getReceivedCounter() == 2);
    }

    @Test
    void readmeSyncRoute_bindsAFileRepository_fromYaml() throws Exception {
        String readmeRoute = """
                - beans:
                    - name: emittedTalks
                      type: org.apache.camel.support.processor.idempotent.FileIdempotentRepository
                      properties:
                        fileStore: "#class:java.io.File('target/yaml-emitted-talks.dat')"
                - route:
                    id: showtime-to-crm
                    autoStartup: false
                    from:
                      uri: zoho-showtime:listTalks
                      parameters:
                        filter: completed
                        delay: 15m
                        idempotentRepository: "#emittedTalks"
                      steps:
                        - to: mock:crm
                """;

        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("readme.yaml", readmeRoute));

        ZohoShowTimeEndpoint endpoint = (ZohoShowTimeEndpoint) context.getRoute("showtime-to-crm").getEndpoint();
        assertThat(endpoint.getDelay()).isEqualTo(900_000);
        assertThat(endpoint.getConfiguration().getFilter()).isEqualTo("completed");
        assertThat(endpoint.getConfiguration().getIdempotentRepository())
                .isInstanceOf(org.apache.camel.support.processor.idempotent.FileIdempotentRepository.class);
    }
}
