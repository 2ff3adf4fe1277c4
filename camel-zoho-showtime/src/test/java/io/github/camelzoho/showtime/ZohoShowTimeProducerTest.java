package io.github.camelzoho.showtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelzoho.showtime.model.FieldAnswer;
import io.github.camelzoho.showtime.model.Portal;
import io.github.camelzoho.showtime.model.Registration;
import io.github.camelzoho.showtime.model.Session;
import io.github.camelzoho.showtime.model.SessionSettings;
import io.github.camelzoho.showtime.model.Talk;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static io.github.camelzoho.showtime.ShowTimeStubs.ORG_ID;
import static io.github.camelzoho.showtime.ShowTimeStubs.TOKEN_1;
import static io.github.camelzoho.showtime.ShowTimeStubs.ZAID;
import static io.github.camelzoho.showtime.ShowTimeStubs.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/** Every producer operation from the Java DSL against the documented ShowTime shapes. */
class ZohoShowTimeProducerTest extends ShowTimeTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:portals").to("zoho-showtime:listPortals");
                from("direct:talks").to("zoho-showtime:listTalks?filter=completed&sort=1");
                from("direct:create").to("zoho-showtime:createSession");
                from("direct:delete").to("zoho-showtime:deleteSession?orgId=" + ORG_ID);
                from("direct:register").to("zoho-showtime:registerAttendee");
                from("direct:call").to("zoho-showtime:call?path=/api/v4/{orgId}/talks.json?filter=2");
            }
        };
    }

    @Test
    void listPortals_returnsTypedPortals_withStringNumbersAndBooleansConverted() {
        ShowTimeStubs.stubPortals();

        List<Portal> portals = template.requestBody("direct:portals", null, List.class);

        assertThat(portals).hasSize(2);
        Portal active = portals.get(1);
        assertThat(active.getId()).isEqualTo(ORG_ID);
        assertThat(active.isDefaultPortal()).isTrue();
        assertThat(active.isLogoExists()).isTrue();
        assertThat(active.getCurrentUserRole()).isZero();
        assertThat(active.getCreatedTime()).isEqualTo(Instant.ofEpochMilli(1502194325666L));
        assertThat(active.getOtherField("brandColor")).isEqualTo("#123456");
        assertThat(portals.get(0).isDefaultPortal()).isFalse();
        verify(getRequestedFor(urlEqualTo("/api/v4/org/portals.json"))
                .withHeader("Authorization", bearer(TOKEN_1))
                .withHeader("Content-Type", equalTo("application/json")));
    }

    @Test
    void listTalks_joinsSessionsAndMembers_andDiscoversTheDefaultPortal() {
        ShowTimeStubs.stubPortals();
        stubFor(ShowTimeStubs.talksRequest().willReturn(okJson(ShowTimeStubs.talksPage(1, 2, 2))));

        Exchange out = template.request("direct:talks", e -> { });

        List<Talk> talks = out.getMessage().getBody(List.class);
        assertThat(talks).extracting(Talk::getId).containsExactly("7001", "7002");
        Talk talk = talks.get(0);
        assertThat(talk.getSessionId()).isEqualTo("8001");
        assertThat(talk.getPresentedSlidesCount()).isZero();
        assertThat(talk.getOtherField("talkMood")).isEqualTo("calm");
        assertThat(talk.getSession().getName()).isEqualTo("Session 1");
        assertThat(talk.getSession().getScheduledTime()).isEqualTo(Instant.ofEpochMilli(1767261600000L));
        assertThat(talk.getSession().getDeletedTime()).isNull();
        assertThat(talk.getSession().getRegisteredCount()).isEqualTo(4);
        assertThat(talk.getSession().getJoinUrl()).isEqualTo("attend.zoho.com/k1");
        assertThat(talk.getMembers()).extracting(m -> m.getEmailId()).containsExactly("host1@example.com");
        assertThat(out.getMessage().getHeader(ZohoShowTimeConstants.TOTAL_COUNT)).isEqualTo(2L);
        assertThat(out.getMessage().getHeader(ZohoShowTimeConstants.ORG_ID)).isEqualTo(ORG_ID);
        verify(getRequestedFor(urlPathEqualTo("/api/v4/" + ORG_ID + "/talks.json"))
                .withQueryParam("filter", equalTo("2")).withQueryParam("sort", equalTo("1"))
                .withQueryParam("limit", equalTo("100")).withQueryParam("si", equalTo("0")));
    }

    @Test
    void defaultPortal_isDiscoveredOnce_forManyExchanges() {
        ShowTimeStubs.stubPortals();
        stubFor(ShowTimeStubs.talksRequest().willReturn(okJson(ShowTimeStubs.talksPage(1, 1, 1))));

        for (int i = 0; i < 5; i++) {
            template.requestBody("direct:talks", (Object) null);
        }

        verify(1, getRequestedFor(urlEqualTo("/api/v4/org/portals.json")));
        verify(5, getRequestedFor(urlPathEqualTo("/api/v4/" + ORG_ID + "/talks.json")));
    }

    @Test
    void createSession_sendsNativeJsonNumbers_andReturnsTheCreatedSessionWithMembers() {
        ShowTimeStubs.stubPortals();
        stubFor(post(urlEqualTo("/api/v4/" + ORG_ID + "/sessions.json")).willReturn(okJson("""
                {"sessionMembers":[{"role":"1","sessionId":"8100","emailId":"host@example.com","id":"9100","userId":"5002"}],
                 "session":{"timezone":"Europe/Berlin","attendeeLimit":"200","orgId":"%s","shortenKey":"abc","deliveryMode":"3",
                  "sessionType":"1","createdTime":"1760000000000","scheduledBy":"5002","id":"8100","sessionId":"8100",
                  "zaid":"%s","talkId":"7100","name":"Launch","scheduledTime":"1542113700000",
                  "sessionSettings":{"registrationRequired":"true"}}}""".formatted(ORG_ID, ZAID))));
        Session spec = new Session();
        spec.setName("Launch");
        spec.setScheduledTime(Instant.ofEpochMilli(1542113700000L));
        spec.setScheduledEndTime(Instant.ofEpochMilli(1542117300000L));
        spec.setDeliveryMode(3);
        spec.setTimezone("Europe/Berlin");
        SessionSettings settings = new SessionSettings();
        settings.setRegistrationRequired(true);
        spec.setSessionSettings(settings);

        Exchange out = template.request("direct:create", e -> e.getMessage().setBody(spec));

        Session created = out.getMessage().getBody(Session.class);
        assertThat(created.getSessionId()).isEqualTo("8100");
        assertThat(created.getAttendeeLimit()).isEqualTo(200);
        assertThat(created.getSessionSettings().isRegistrationRequired()).isTrue();
        assertThat(created.getMembers()).extracting(m -> m.getEmailId()).containsExactly("host@example.com");
        assertThat(out.getMessage().getHeader(ZohoShowTimeConstants.SESSION_ID)).isEqualTo("8100");
        verify(postRequestedFor(urlEqualTo("/api/v4/" + ORG_ID + "/sessions.json"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"session":{"name":"Launch","scheduledTime":1542113700000,"scheduledEndTime":1542117300000,
                          "deliveryMode":3,"sessionSettings":{"registrationRequired":true},"timezone":"Europe/Berlin"}}""")));
    }

    @Test
    void createSession_acceptsAJsonStringBody() {
        stubFor(post(urlEqualTo("/api/v4/42/sessions.json")).willReturn(okJson("{\"session\":{\"id\":\"1\"}}")));

        Session created = template.requestBodyAndHeader("direct:create", "{\"session\":{\"name\":\"x\"}}",
                ZohoShowTimeConstants.ORG_ID, "42", Session.class);

        assertThat(created.getId()).isEqualTo("1");
        verify(postRequestedFor(urlEqualTo("/api/v4/42/sessions.json"))
                .withRequestBody(equalToJson("{\"session\":{\"name\":\"x\"}}")));
    }

    @Test
    void deleteSession_emptiesTheBody_andReportsSuccessInHeaders() {
        stubFor(delete(urlEqualTo("/api/v4/" + ORG_ID + "/sessions/8100.json")).willReturn(aResponse().withStatus(200)));

        Exchange out = template.request("direct:delete", e -> {
            e.getMessage().setBody("ignored");
            e.getMessage().setHeader(ZohoShowTimeConstants.SESSION_ID, "8100");
        });

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody()).isNull();
        assertThat(out.getMessage().getHeader(ZohoShowTimeConstants.DELETED)).isEqualTo(true);
        assertThat(out.getMessage().getHeader(ZohoShowTimeConstants.HTTP_STATUS)).isEqualTo(200);
        verify(deleteRequestedFor(urlEqualTo("/api/v4/" + ORG_ID + "/sessions/8100.json")));
    }

    @Test
    void registerAttendee_sendsTheFieldAnswerForm_andReturnsTheStoredAnswers() {
        stubFor(post(urlEqualTo("/showtime/api/v4/viewer/" + ZAID + "/fieldAnswers.json")).willReturn(okJson("""
                {"fieldAnswer":[{"formId":"1","answeredBy":"42","field":"First Name","answer":"Ada","id":"11",
                  "time":"1760000000000","userType":"2","fieldId":"31"},
                 {"formId":"1","answeredBy":"42","field":"Email","answer":"ada@example.com","id":"12",
                  "time":"1760000000000","userType":"2","fieldId":"33"}]}""")));
        Session session = new Session();
        session.setZaid(ZAID);
        session.setSessionId("8100");
        session.setTalkId("7100");
        session.setTimezone("Europe/London");
        Registration registration = Registration.forSession(session).attendee("Ada", "Lovelace", "ada@example.com");

        List<FieldAnswer> answers = template.requestBody("direct:register", registration, List.class);

        assertThat(answers).extracting(FieldAnswer::getField).containsExactly("First Name", "Email");
        assertThat(answers.get(0).getUserType()).isEqualTo(2);
        assertThat(answers.get(0).getTime()).isEqualTo(Instant.ofEpochMilli(1760000000000L));
        verify(postRequestedFor(urlEqualTo("/showtime/api/v4/viewer/" + ZAID + "/fieldAnswers.json"))
                .withRequestBody(equalToJson("""
                        {"fieldAnswer":{"sessionId":"8100","talkId":"7100","timezone":"Europe/London","answers":[
                          {"fieldLabel":"First Name","answer":"Ada"},{"fieldLabel":"Last Name","answer":"Lovelace"},
                          {"fieldLabel":"Email","answer":"ada@example.com"}]}}""")));
    }

    @Test
    void registerAttendee_acceptsAMapBody() {
        stubFor(post(urlEqualTo("/showtime/api/v4/viewer/" + ZAID + "/fieldAnswers.json"))
                .willReturn(okJson("{\"fieldAnswer\":[]}")));
        Map<String, Object> body = Map.of("firstName", "Ada", "lastName", "Lovelace", "email", "ada@example.com",
                "sessionId", "8100", "talkId", "7100", "zaid", ZAID);

        List<?> answers = template.requestBody("direct:register", body, List.class);

        assertThat(answers).isEmpty();
    }

    @Test
    void call_fillsTheOrgIdPlaceholder_andReturnsJson() {
        ShowTimeStubs.stubPortals();
        stubFor(get(urlEqualTo("/api/v4/" + ORG_ID + "/talks.json?filter=2")).willReturn(okJson("{\"talks\":[]}")));

        JsonNode json = template.requestBody("direct:call", null, JsonNode.class);

        assertThat(json.get("talks").isArray()).isTrue();
    }

    @Test
    void operationHeader_overridesTheEndpointsOperation() {
        ShowTimeStubs.stubPortals();

        Object body = template.requestBodyAndHeader("direct:call", null, ZohoShowTimeConstants.OPERATION, "listPortals");

        assertThat(body).isInstanceOfSatisfying(List.class, portals -> assertThat(portals).hasSize(2));
    }
}
