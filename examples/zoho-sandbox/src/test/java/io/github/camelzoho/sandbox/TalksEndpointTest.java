package io.github.camelzoho.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TalksEndpointTest extends SandboxTest {

    private String token;
    private String talks;

    @BeforeEach
    void authorize() {
        token = http.bootstrap().path("access_token").asText();
        talks = "/api/v4/" + sandbox.defaultOrgId() + "/talks.json";
    }

    @Test
    void defaultPortalHas237TalksSplitIntoUpcomingAndCompleted() {
        int upcoming = list("?filter=1").path("meta").path("totalSessionsCount").asInt();
        int completed = list("?filter=completed").path("meta").path("totalSessionsCount").asInt();

        assertThat(upcoming).isEqualTo(89);
        assertThat(completed).isEqualTo(148);
        assertThat(list("?filter=upcoming").path("meta").path("totalSessionsCount").asText()).isEqualTo("89");
    }

    @Test
    void talksArePagedWithLimitAndSi() {
        List<String> ids = new ArrayList<>();
        for (int si = 0; si < 148; si += 25) {
            list("?filter=2&limit=25&si=" + si).path("talks").forEach(t -> ids.add(t.path("id").asText()));
        }

        assertThat(ids).hasSize(148).doesNotHaveDuplicates();
        assertThat(list("?filter=2&limit=25&si=125").path("talks")).hasSize(23);
        assertThat(list("?filter=2&limit=25&si=148").path("talks")).isEmpty();
    }

    @Test
    void defaultLimitIsTenAndMaximumIs100() {
        assertThat(list("?filter=2").path("talks")).hasSize(10);
        assertThat(list("?filter=2&limit=500").path("talks")).hasSize(100);
    }

    @Test
    void invalidPagingParametersAre400() {
        assertThat(http.get(talks + "?limit=abc", token).statusCode()).isEqualTo(400);
        assertThat(http.get(talks + "?si=-1", token).statusCode()).isEqualTo(400);
        assertThat(http.get(talks + "?filter=9", token).statusCode()).isEqualTo(400);
    }

    @Test
    void upcomingTalksAreSortedBySoonestAndLieInTheFuture() {
        JsonNode page = list("?filter=1&sort=1&limit=100");
        long previous = 0;
        for (JsonNode talk : page.path("talks")) {
            long scheduled = Long.parseLong(talk.path("scheduledTime").asText());
            assertThat(scheduled).isGreaterThan(FIXED.millis()).isGreaterThanOrEqualTo(previous);
            previous = scheduled;
        }
    }

    @Test
    void sessionsAndMembersAreThoseOfTheTalksOnThePage() {
        JsonNode page = list("?filter=2&limit=7&si=3");
        Set<String> sessionIds = new HashSet<>();
        page.path("talks").forEach(t -> sessionIds.add(t.path("session").asText()));
        Set<String> listedSessions = new HashSet<>();
        page.path("sessions").forEach(s -> listedSessions.add(s.path("id").asText()));

        assertThat(sessionIds).hasSize(7);
        assertThat(listedSessions).isEqualTo(sessionIds);
        assertThat(page.path("sessionMembers")).isNotEmpty()
                .allSatisfy(m -> assertThat(sessionIds).contains(m.path("sessionId").asText()));
    }

    @Test
    void talksCarryWhatAClientNeedsToDetectChanges() {
        JsonNode talk = list("?filter=2&limit=1").path("talks").get(0);

        for (String field : new String[] {"id", "session", "name", "scheduledTime", "formattedScheduledDate",
                "presentedSlidesCount", "lastUpdatedTime"}) {
            assertThat(talk.path(field).asText()).as(field).isNotEmpty();
        }
        assertThat(talk.path("formattedScheduledDate").asText())
                .matches("[A-Z][a-z]{2} [0-9]{2}, [0-9]{4} [0-9]{2}:[0-9]{2} (AM|PM)");
    }

    @Test
    void numbersAreStrings() {
        JsonNode page = list("?filter=2&limit=20");

        ShowTimeJson.assertAllScalarsAreStrings(page);
        assertThat(page.path("sessions").get(0).path("deletedTime").asText()).isEqualTo("-1");
        assertThat(page.path("sessions").get(0).path("joinURL").asText()).startsWith("attend.zoho.com/");
    }

    @Test
    void demoDataIsDeterministic() {
        String first = http.get(talks + "?filter=2&limit=50", token).body();
        try (ZohoSandbox other = ZohoSandbox.builder().clock(FIXED).build().start()) {
            SandboxHttp otherHttp = new SandboxHttp(other);
            String otherToken = otherHttp.bootstrap().path("access_token").asText();

            assertThat(other.defaultOrgId()).isEqualTo(sandbox.defaultOrgId());
            assertThat(otherHttp.get(talks + "?filter=2&limit=50", otherToken).body()).isEqualTo(first);
        }
    }

    @Test
    void unknownOrgIs404WithAZohoStyleBody() {
        HttpResponse<String> response = http.get("/api/v4/123/talks.json", token);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(SandboxHttp.json(response).path("status").asText()).isEqualTo("error");
        assertThat(SandboxHttp.json(response).has("code")).isTrue();
    }

    @Test
    void secondPortalHasItsOwnTalks() {
        JsonNode portals = SandboxHttp.json(http.get("/api/v4/org/portals.json", token)).path("portals");
        String second = portals.get(1).path("id").asText();

        JsonNode page = SandboxHttp.json(http.get("/api/v4/" + second + "/talks.json?filter=2", token));

        assertThat(page.path("meta").path("totalSessionsCount").asText()).isEqualTo("15");
        page.path("talks").forEach(t -> assertThat(t.path("orgId").asText()).isEqualTo(second));
    }

    private JsonNode list(String query) {
        HttpResponse<String> response = http.get(talks + query, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return SandboxHttp.json(response);
    }
}
