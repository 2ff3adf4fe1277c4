package io.github.camelzoho.showtime.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The models read ShowTime's string-typed JSON into real types, keep unknown fields, and write native JSON. */
class ModelBindingTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void stringNumbersBooleansAndEpochMillis_becomeRealTypes() throws Exception {
        Session session = mapper.readValue("""
                {"id":"8100","attendeeLimit":"200","deliveryMode":"3","scheduledTime":"1542113700000",
                 "deletedTime":"-1","sessionSettings":{"registrationRequired":"true"}}""", Session.class);

        assertThat(session.getAttendeeLimit()).isEqualTo(200);
        assertThat(session.getDeliveryMode()).isEqualTo(3);
        assertThat(session.getScheduledTime()).isEqualTo(Instant.ofEpochMilli(1542113700000L));
        assertThat(session.getDeletedTime()).as("-1 means not deleted").isNull();
        assertThat(session.getSessionSettings().isRegistrationRequired()).isTrue();
        assertThat(session.getSessionId()).as("falls back to id").isEqualTo("8100");
    }

    @Test
    void nativeNumbers_andUnquotedIds_areReadToo() throws Exception {
        Portal portal = mapper.readValue("{\"id\":60001234567,\"createdTime\":1502194325666,\"isDefault\":true}",
                Portal.class);

        assertThat(portal.getId()).isEqualTo("60001234567");
        assertThat(portal.getCreatedTime()).isEqualTo(Instant.ofEpochMilli(1502194325666L));
        assertThat(portal.isDefaultPortal()).isTrue();
    }

    @Test
    void unknownFields_areKept_andWrittenBack() throws Exception {
        Talk talk = mapper.readValue("{\"id\":\"7001\",\"newZohoField\":{\"nested\":\"x\"},\"links\":[\"/a\"]}",
                Talk.class);

        assertThat(talk.getOtherFields()).containsKeys("newZohoField", "links");
        JsonNode written = mapper.valueToTree(talk);
        assertThat(written.at("/newZohoField/nested").asText()).isEqualTo("x");
        assertThat(written.at("/links/0").asText()).isEqualTo("/a");
    }

    @Test
    void writing_usesZohoNames_nativeNumbers_andOmitsAbsentFields() {
        Session session = new Session();
        session.setName("Launch");
        session.setScheduledTime(Instant.ofEpochMilli(1542113700000L));
        session.setJoinUrl("attend.zoho.com/k");

        JsonNode written = mapper.valueToTree(session);

        assertThat(written.get("scheduledTime").isNumber()).isTrue();
        assertThat(written.get("scheduledTime").asLong()).isEqualTo(1542113700000L);
        assertThat(written.get("joinURL").asText()).isEqualTo("attend.zoho.com/k");
        assertThat(written.has("deliveryMode")).isFalse();
        assertThat(written.has("sessionMembers")).isFalse();
        assertThat(written.size()).isEqualTo(3);
    }

    @Test
    void registration_forSession_copiesWhatTheRegistrationCallNeeds() {
        Session session = new Session();
        session.setId("8100");
        session.setTalkId("7100");
        session.setZaid("70001234567");
        session.setTimezone("Asia/Kolkata");

        Registration registration = Registration.forSession(session).attendee("Ada", "Lovelace", "ada@example.com");

        assertThat(registration.getSessionId()).isEqualTo("8100");
        assertThat(registration.getTalkId()).isEqualTo("7100");
        assertThat(registration.getZaid()).isEqualTo("70001234567");
        assertThat(registration.getTimezone()).isEqualTo("Asia/Kolkata");
        assertThat(registration.toString()).doesNotContain("ada@example.com", "Lovelace");
    }
}
