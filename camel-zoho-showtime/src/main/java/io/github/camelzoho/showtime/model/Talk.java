package io.github.camelzoho.showtime.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.camelzoho.showtime.internal.EpochMillis;
import java.time.Instant;
import java.util.List;

/**
 * A talk from {@code GET /api/v4/{orgId}/talks.json}: the presentation given in a session. ShowTime lists
 * talks, sessions and members side by side; the component joins them, so {@link #getSession()} and
 * {@link #getMembers()} hold the talk's session and its members when the listing had them.
 */
public class Talk extends ShowTimeObject {

    private String id;

    @JsonProperty("session")
    private String sessionId;

    private String orgId;

    private String name;

    private String description;

    private String timezone;

    @JsonDeserialize(using = EpochMillis.Reader.class)
    @JsonSerialize(using = EpochMillis.Writer.class)
    private Instant scheduledTime;

    @JsonDeserialize(using = EpochMillis.Reader.class)
    @JsonSerialize(using = EpochMillis.Writer.class)
    private Instant scheduledEndTime;

    private String formattedScheduledDate;

    private Integer presentedSlidesCount;

    @JsonDeserialize(using = EpochMillis.Reader.class)
    @JsonSerialize(using = EpochMillis.Writer.class)
    private Instant createdTime;

    @JsonDeserialize(using = EpochMillis.Reader.class)
    @JsonSerialize(using = EpochMillis.Writer.class)
    private Instant lastUpdatedTime;

    @JsonProperty("sessionDetails")
    private Session session;

    @JsonProperty("sessionMembers")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private List<SessionMember> members;

    /** The talk id. */
    public String getId() {
        return id;
    }

    /** Sets: the talk id. */
    public void setId(String id) {
        this.id = id;
    }

    /** The id of the talk's session (Zoho's {@code session} field). */
    public String getSessionId() {
        return sessionId;
    }

    /** Sets: the id of the talk's session (Zoho's {@code session} field). */
    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
    }

    /** The portal. */
    public String getOrgId() {
        return orgId;
    }

    /** Sets: the portal. */
    public void setOrgId(String orgId) {
        this.orgId = orgId;
    }

    /** The title, when the talk carries it (else see {@link #getSession()}). */
    public String getName() {
        return name;
    }

    /** Sets: the title, when the talk carries it (else see {@link #getSession()}). */
    public void setName(String name) {
        this.name = name;
    }

    /** The description, when the talk carries it. */
    public String getDescription() {
        return description;
    }

    /** Sets: the description, when the talk carries it. */
    public void setDescription(String description) {
        this.description = description;
    }

    /** The time zone, when the talk carries it. */
    public String getTimezone() {
        return timezone;
    }

    /** Sets: the time zone, when the talk carries it. */
    public void setTimezone(String timezone) {
        this.timezone = timezone;
    }

    /** When the talk starts, when the talk carries it. */
    public Instant getScheduledTime() {
        return scheduledTime;
    }

    /** Sets: when the talk starts, when the talk carries it. */
    public void setScheduledTime(Instant scheduledTime) {
        this.scheduledTime = scheduledTime;
    }

    /** When the talk ends, when the talk carries it. */
    public Instant getScheduledEndTime() {
        return scheduledEndTime;
    }

    /** Sets: when the talk ends, when the talk carries it. */
    public void setScheduledEndTime(Instant scheduledEndTime) {
        this.scheduledEndTime = scheduledEndTime;
    }

    /** The start as Zoho formats it for display. */
    public String getFormattedScheduledDate() {
        return formattedScheduledDate;
    }

    /** Sets: the start as Zoho formats it for display. */
    public void setFormattedScheduledDate(String formattedScheduledDate) {
        this.formattedScheduledDate = formattedScheduledDate;
    }

    /** How many slides were presented. */
    public Integer getPresentedSlidesCount() {
        return presentedSlidesCount;
    }

    /** Sets: how many slides were presented. */
    public void setPresentedSlidesCount(Integer presentedSlidesCount) {
        this.presentedSlidesCount = presentedSlidesCount;
    }

    /** When the talk was created. */
    public Instant getCreatedTime() {
        return createdTime;
    }

    /** Sets: when the talk was created. */
    public void setCreatedTime(Instant createdTime) {
        this.createdTime = createdTime;
    }

    /** When the talk (or its session) was last changed. */
    public Instant getLastUpdatedTime() {
        return lastUpdatedTime;
    }

    /** Sets: when the talk (or its session) was last changed. */
    public void setLastUpdatedTime(Instant lastUpdatedTime) {
        this.lastUpdatedTime = lastUpdatedTime;
    }

    /** The talk's session, joined from the listing's {@code sessions[]}; {@code null} if it was not there. */
    public Session getSession() {
        return session;
    }

    /** Sets: the talk's session, joined from the listing's {@code sessions[]}; {@code null} if it was not there. */
    public void setSession(Session session) {
        this.session = session;
    }

    /** The session's members, joined from the listing's {@code sessionMembers[]}. Never {@code null}. */
    public List<SessionMember> getMembers() {
        return members == null ? List.of() : members;
    }

    /** Sets: the session's members, joined from the listing's {@code sessionMembers[]}. */
    public void setMembers(List<SessionMember> members) {
        this.members = members;
    }

    @Override
    public String toString() {
        return "Talk[" + "id=" + id + ", "
                + "sessionId=" + sessionId + ", "
                + "name=" + name + "]";
    }
}
