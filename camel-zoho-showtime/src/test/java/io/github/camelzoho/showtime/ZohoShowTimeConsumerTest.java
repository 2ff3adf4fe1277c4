package io.github.camelzoho.showtime;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.camelzoho.showtime.model.Talk;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.camelzoho.showtime.ShowTimeStubs.ORG_ID;
import static io.github.camelzoho.showtime.ShowTimeStubs.talksPage;
import static io.github.camelzoho.showtime.ShowTimeStubs.talksRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The polling consumer: one exchange per talk or per page, onlyNew across polls and across a restart. */
class ZohoShowTimeConsumerTest {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .configureStaticDsl(true)
            .build();

    private static final String TALKS = "/api/v4/" + ORG_ID + "/talks.json";
    private static final String POLLING = "zoho-showtime:listTalks?orgId=" + ORG_ID + "&initialDelay=0&delay=20";

    @TempDir
    Path dir;

    private final List<CamelContext> contexts = new ArrayList<>();

    @BeforeEach
    void stubAccountsServer() {
        ShowTimeStubs.stubToken();
    }

    @AfterEach
    void stopContexts() {
        contexts.forEach(CamelContext::stop);
    }

    private CamelContext start(String from, Object repository) throws Exception {
        CamelContext context = new DefaultCamelContext();
        contexts.add(context);
        ShowTimeStubs.configure(context, wireMock.baseUrl());
        if (repository != null) {
            context.getRegistry().bind("emitted", repository);
        }
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(from).routeId("sync").to("mock:talks");
            }
        });
        context.start();
        return context;
    }

    /** Talks 7001 and 7002 first; from the second listing on, talk 7002 has presented a slide. */
    private static void stubTalkChangesAfterFirstPoll() {
        stubFor(talksRequest().inScenario("change").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(talksPage(1, 2, 2))).willSetStateTo("changed"));
        stubFor(talksRequest().inScenario("change").whenScenarioStateIs("changed")
                .willReturn(okJson(changedPage())));
    }

    private static String changedPage() {
        return talksPage(1, 2, 2).replace("\"id\":\"7002\",\"session\":\"8002\",\"presentedSlidesCount\":\"0\"",
                "\"id\":\"7002\",\"session\":\"8002\",\"presentedSlidesCount\":\"1\"");
    }

    private static void awaitPolls(int polls) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> wireMock.findAll(getRequestedFor(urlPathEqualTo(TALKS))).size() >= polls);
    }

    private static List<String> talkIds(MockEndpoint mock) {
        return mock.getExchanges().stream().map(e -> e.getMessage().getBody(Talk.class).getId()).toList();
    }

    @Test
    void onlyNew_emitsEachTalkOnce_andAgainOnlyWhenItChanged() throws Exception {
        stubTalkChangesAfterFirstPoll();
        CamelContext context = start(POLLING, null);
        MockEndpoint mock = context.getEndpoint("mock:talks", MockEndpoint.class);

        awaitPolls(4);
        await().atMost(Duration.ofSeconds(5)).until(() -> mock.getReceivedCounter() >= 3);

        assertThat(talkIds(mock)).containsExactly("7001", "7002", "7002");
        assertThat(mock.getExchanges().get(2).getMessage().getBody(Talk.class).getPresentedSlidesCount()).isEqualTo(1);
        assertThat(mock.getExchanges().get(0).getMessage().getHeader(ZohoShowTimeConstants.TALK_ID)).isEqualTo("7001");
        assertThat(mock.getExchanges().get(0).getMessage().getHeader(ZohoShowTimeConstants.TOTAL_COUNT)).isEqualTo(2L);
    }

    @Test
    void onlyNewFalse_emitsEveryTalkAtEveryPoll() throws Exception {
        stubFor(talksRequest().willReturn(okJson(talksPage(1, 2, 2))));
        CamelContext context = start(POLLING + "&onlyNew=false", null);
        MockEndpoint mock = context.getEndpoint("mock:talks", MockEndpoint.class);

        await().atMost(Duration.ofSeconds(10)).until(() -> mock.getReceivedCounter() >= 4);

        assertThat(talkIds(mock).subList(0, 4)).containsExactly("7001", "7002", "7001", "7002");
    }

    @Test
    void fileRepository_keepsWhatWasEmitted_acrossARestart() throws Exception {
        stubFor(talksRequest().willReturn(okJson(talksPage(1, 2, 2))));
        Path store = dir.resolve("emitted-talks.dat");
        CamelContext first = start(POLLING + "&idempotentRepository=#emitted",
                FileIdempotentRepository.fileIdempotentRepository(store.toFile()));
        MockEndpoint firstMock = first.getEndpoint("mock:talks", MockEndpoint.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> firstMock.getReceivedCounter() >= 2);
        first.stop();
        assertThat(talkIds(firstMock)).containsExactly("7001", "7002");

        wireMock.resetRequests();
        stubFor(talksRequest().willReturn(okJson(changedPage())));
        CamelContext second = start(POLLING + "&idempotentRepository=#emitted",
                FileIdempotentRepository.fileIdempotentRepository(store.toFile()));
        MockEndpoint secondMock = second.getEndpoint("mock:talks", MockEndpoint.class);
        awaitPolls(3);

        assertThat(talkIds(secondMock)).containsExactly("7002");
    }

    @Test
    void batch_emitsOneExchangePerPage() throws Exception {
        stubFor(talksRequest().withQueryParam("si", com.github.tomakehurst.wiremock.client.WireMock.equalTo("0"))
                .willReturn(okJson(talksPage(1, 2, 3))));
        stubFor(talksRequest().withQueryParam("si", com.github.tomakehurst.wiremock.client.WireMock.equalTo("2"))
                .willReturn(okJson(talksPage(3, 1, 3))));
        CamelContext context = start(POLLING + "&batch=true&pageSize=2", null);
        MockEndpoint mock = context.getEndpoint("mock:talks", MockEndpoint.class);

        awaitPolls(4);

        assertThat(mock.getReceivedCounter()).isEqualTo(2);
        assertThat(mock.getExchanges().get(0).getMessage().getBody(List.class)).hasSize(2);
        assertThat(mock.getExchanges().get(0).getMessage().getHeader(ZohoShowTimeConstants.PAGE_START)).isEqualTo(0);
        assertThat(mock.getExchanges().get(1).getMessage().getBody(List.class)).hasSize(1);
        assertThat(mock.getExchanges().get(1).getMessage().getHeader(ZohoShowTimeConstants.PAGE_START)).isEqualTo(2);
    }

    @Test
    void failedPoll_isRetriedAtTheNextPoll() throws Exception {
        stubFor(talksRequest().inScenario("outage").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("back"));
        stubFor(talksRequest().inScenario("outage").whenScenarioStateIs("back")
                .willReturn(okJson(talksPage(1, 2, 2))));
        CamelContext context = start(POLLING + "&maxRetries=0", null);
        MockEndpoint mock = context.getEndpoint("mock:talks", MockEndpoint.class);

        await().atMost(Duration.ofSeconds(10)).until(() -> mock.getReceivedCounter() >= 2);

        assertThat(talkIds(mock)).containsExactly("7001", "7002");
    }

    @Test
    void failedExchange_isNotRemembered_soTheTalkIsEmittedAgain() throws Exception {
        stubFor(talksRequest().willReturn(okJson(talksPage(1, 1, 1))));
        AtomicInteger deliveries = new AtomicInteger();
        CamelContext context = new DefaultCamelContext();
        contexts.add(context);
        ShowTimeStubs.configure(context, wireMock.baseUrl());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(POLLING).process(e -> {
                    if (deliveries.incrementAndGet() == 1) {
                        throw new IllegalStateException("downstream system is down");
                    }
                }).to("mock:talks");
            }
        });
        context.start();
        MockEndpoint mock = context.getEndpoint("mock:talks", MockEndpoint.class);

        await().atMost(Duration.ofSeconds(10)).until(() -> mock.getReceivedCounter() >= 1);
        awaitPolls(wireMock.findAll(getRequestedFor(urlPathEqualTo(TALKS))).size() + 2);

        assertThat(deliveries).hasValue(2);
        assertThat(talkIds(mock)).containsExactly("7001");
    }

    @Test
    void pollDelay_defaultsToOneMinute_andTakesTimePatterns() throws Exception {
        CamelContext context = start("direct:unused", null);

        assertThat(context.getEndpoint("zoho-showtime:listTalks", ZohoShowTimeEndpoint.class).getDelay())
                .isEqualTo(60_000);
        assertThat(context.getEndpoint("zoho-showtime:listTalks?delay=15m", ZohoShowTimeEndpoint.class).getDelay())
                .isEqualTo(900_000);
    }

    @Test
    void onlyListTalks_canBeConsumedFrom() throws Exception {
        CamelContext context = start("direct:unused", null);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> context.getEndpoint("zoho-showtime:createSession")
                .createConsumer(e -> { })).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("Only zoho-showtime:listTalks");
    }
}
