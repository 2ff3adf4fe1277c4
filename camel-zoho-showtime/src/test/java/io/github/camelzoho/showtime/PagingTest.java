package io.github.camelzoho.showtime;

import io.github.camelzoho.showtime.model.Talk;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static io.github.camelzoho.showtime.ShowTimeStubs.ORG_ID;
import static io.github.camelzoho.showtime.ShowTimeStubs.talksPage;
import static io.github.camelzoho.showtime.ShowTimeStubs.talksRequest;
import static org.assertj.core.api.Assertions.assertThat;

/** listTalks paging with limit/si: several pages, maxResults, lazy streaming, and servers that ignore paging. */
class PagingTest extends ShowTimeTestSupport {

    private static final String TALKS = "/api/v4/" + ORG_ID + "/talks.json";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                String base = "zoho-showtime:listTalks?orgId=" + ORG_ID + "&pageSize=2";
                from("direct:all").to(base);
                from("direct:capped").to(base + "&maxResults=3");
                from("direct:streaming").to(base + "&streaming=true");
            }
        };
    }

    private static void stubPage(int si, String body) {
        stubFor(talksRequest().withQueryParam("si", equalTo(Integer.toString(si)))
                .withQueryParam("limit", equalTo("2")).willReturn(okJson(body)));
    }

    private static void stubFivePagedTalks() {
        stubPage(0, talksPage(1, 2, 5));
        stubPage(2, talksPage(3, 2, 5));
        stubPage(4, talksPage(5, 1, 5));
    }

    @Test
    void listTalks_walksThreePages_andReportsTheTotal() {
        stubFivePagedTalks();

        Exchange out = template.request("direct:all", e -> { });

        assertThat(out.getMessage().getBody(List.class)).extracting(t -> ((Talk) t).getId())
                .containsExactly("7001", "7002", "7003", "7004", "7005");
        assertThat(out.getMessage().getHeader(ZohoShowTimeConstants.TOTAL_COUNT)).isEqualTo(5L);
        verify(3, getRequestedFor(urlPathEqualTo(TALKS)));
    }

    @Test
    void maxResults_capsTheListing_andStopsFetching() {
        stubFivePagedTalks();

        List<?> talks = template.requestBody("direct:capped", null, List.class);

        assertThat(talks).extracting(t -> ((Talk) t).getId()).containsExactly("7001", "7002", "7003");
        verify(2, getRequestedFor(urlPathEqualTo(TALKS)));
    }

    @Test
    void streaming_fetchesTheNextPageOnlyWhenItIsReached() {
        stubFivePagedTalks();

        Iterator<?> talks = template.requestBody("direct:streaming", null, Iterator.class);

        verify(1, getRequestedFor(urlPathEqualTo(TALKS)));
        List<String> ids = new ArrayList<>();
        talks.forEachRemaining(t -> ids.add(((Talk) t).getId()));
        assertThat(ids).containsExactly("7001", "7002", "7003", "7004", "7005");
        verify(3, getRequestedFor(urlPathEqualTo(TALKS)));
    }

    @Test
    void serverIgnoringSi_endsTheListing_insteadOfLoopingForever() {
        stubFor(talksRequest().willReturn(okJson(talksPage(1, 2, 5))));

        List<?> talks = template.requestBody("direct:all", null, List.class);

        assertThat(talks).extracting(t -> ((Talk) t).getId()).containsExactly("7001", "7002");
        verify(2, getRequestedFor(urlPathEqualTo(TALKS)));
    }

    @Test
    void serverIgnoringLimit_givesOnePage_asTheWholeListing() {
        stubFor(talksRequest().willReturn(okJson(talksPage(1, 5, null))));

        List<?> talks = template.requestBody("direct:all", null, List.class);

        assertThat(talks).hasSize(5);
        verify(1, getRequestedFor(urlPathEqualTo(TALKS)));
    }

    @Test
    void withoutTotal_aShortPageEndsTheListing() {
        stubPage(0, talksPage(1, 2, null));
        stubPage(2, talksPage(3, 1, null));

        List<?> talks = template.requestBody("direct:all", null, List.class);

        assertThat(talks).hasSize(3);
        verify(2, getRequestedFor(urlPathEqualTo(TALKS)));
    }

    @Test
    void emptyListing_givesAnEmptyList() {
        stubFor(talksRequest().willReturn(okJson("{\"sessions\":[],\"sessionMembers\":[],\"meta\":{\"totalSessionsCount\":\"0\"},\"talks\":[]}")));

        Exchange out = template.request("direct:all", e -> { });

        assertThat(out.getMessage().getBody(List.class)).isEmpty();
        assertThat(out.getMessage().getHeader(ZohoShowTimeConstants.TOTAL_COUNT)).isEqualTo(0L);
    }
}
