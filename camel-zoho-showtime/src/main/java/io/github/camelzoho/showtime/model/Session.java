package io.github.camelzoho.showtime.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.camelzoho.showtime.internal.EpochMillis;
import java.time.Instant;
import java.util.List;

/**
 * A ShowTime session: the scheduled event. Read from listings and from {@code createSession}'s answer, and
 * written as {@code createSession}'s request, where instants and numbers go out as native JSON numbers.
 */
public class Session extends ShowTimeObject {

    private String id;

    @JsonProperty("sessionId")
    private String sessionIdField;

    private String orgId;

    private String zaid;

    private String talkId;

    private String name;

    private String description;

    private String timezone;

    @JsonDeserialize(using = EpochMillis.Reader.class)
    @JsonSerialize(using = EpochMillis.Writer.class)
    private Instant scheduledTime;

    @JsonDeserialize(using = EpochMillis.Reader.class)
    @JsonSerialize(using = EpochMillis.Writer.class)
    private Instant scheduledEndTime;

    private Integer deliveryMode;

    private Integer sessionType;

    private String scheduledBy;

    private String shortenKey;

    @JsonProperty("joinURL")
    private String joinUrl;

    private String referrer;

    private Integer invitedCount;

    private Integer registeredCount;

    private Integer attendedCount;

    private Integer attendeeLimit;

    @JsonDeserialize(using = EpochMillis.Reader.class)
    @JsonSerialize(using = EpochMillis.Writer.class)
    private Instant createdTime;

    @JsonProperty("time")
    @JsonDeserialize(using = EpochMillis.Reader.class)
    @JsonSerialize(using = EpochMillis.Writer.class)
    private Instant lastModifiedTime;

    @JsonDeserialize(using = EpochMillis.Reader.class)
    @JsonSerialize(using = EpochMillis.Writer.class)
    private Instant deletedTime;

    private SessionSettings sessionSettings;

    @JsonProperty("sessionMembers")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private List<SessionMember> members;

    /** The session id. */
    public String getId() {
        return id;
    }

    /** Sets: the session id. */
    public void setId(String id) {
        this.id = id;
    }

    /** The session id: Zoho's {@code sessionId} field, else {@link #getId()}. */
    public String getSessionId() {
        return sessionIdField != null ? sessionIdField : id;
    }

    /** Sets Zoho's {@code sessionId} field. */
    public void setSessionId(String sessionId) {
        this.sessionIdField = sessionId;
    }

    /** The portal (orgId) the session belongs to. */
    public String getOrgId() {
        return orgId;
    }

    /** Sets: the portal (orgId) the session belongs to. */
    public void setOrgId(String orgId) {
        this.orgId = orgId;
    }

    /** The ZAID to register attendees with ({@code registerAttendee}). */
    public String getZaid() {
        return zaid;
    }

    /** Sets: the ZAID to register attendees with ({@code registerAttendee}). */
    public void setZaid(String zaid) {
        this.zaid = zaid;
    }

    /** The id of the session's talk, when Zoho sends it (needed by {@code registerAttendee}). */
    public String getTalkId() {
        return talkId;
    }

    /** Sets: the id of the session's talk, when Zoho sends it (needed by {@code registerAttendee}). */
    public void setTalkId(String talkId) {
        this.talkId = talkId;
    }

    /** The title. */
    public String getName() {
        return name;
    }

    /** Sets: the title. */
    public void setName(String name) {
        this.name = name;
    }

    /** The description. */
    public String getDescription() {
        return description;
    }

    /** Sets: the description. */
    public void setDescription(String description) {
        this.description = description;
    }

    /** The time zone, for example {@code Asia/Kolkata}. */
    public String getTimezone() {
        return timezone;
    }

    /** Sets: the time zone, for example {@code Asia/Kolkata}. */
    public void setTimezone(String timezone) {
        this.timezone = timezone;
    }

    /** When the session starts. */
    public Instant getScheduledTime() {
        return scheduledTime;
    }

    /** Sets: when the session starts. */
    public void setScheduledTime(Instant scheduledTime) {
        this.scheduledTime = scheduledTime;
    }

    /** When the session ends. */
    public Instant getScheduledEndTime() {
        return scheduledEndTime;
    }

    /** Sets: when the session ends. */
    public void setScheduledEndTime(Instant scheduledEndTime) {
        this.scheduledEndTime = scheduledEndTime;
    }

    /** 1 face-to-face, 3 remote. */
    public Integer getDeliveryMode() {
        return deliveryMode;
    }

    /** Sets: 1 face-to-face, 3 remote. */
    public void setDeliveryMode(Integer deliveryMode) {
        this.deliveryMode = deliveryMode;
    }

    /** Zoho's session type code. */
    public Integer getSessionType() {
        return sessionType;
    }

    /** Sets: zoho's session type code. */
    public void setSessionType(Integer sessionType) {
        this.sessionType = sessionType;
    }

    /** The Zoho user id of the scheduler. */
    public String getScheduledBy() {
        return scheduledBy;
    }

    /** Sets: the Zoho user id of the scheduler. */
    public void setScheduledBy(String scheduledBy) {
        this.scheduledBy = scheduledBy;
    }

    /** The key of the join URL. */
    public String getShortenKey() {
        return shortenKey;
    }

    /** Sets: the key of the join URL. */
    public void setShortenKey(String shortenKey) {
        this.shortenKey = shortenKey;
    }

    /** The join URL, for example {@code attend.zoho.com/<shortenKey>}. */
    public String getJoinUrl() {
        return joinUrl;
    }

    /** Sets: the join URL, for example {@code attend.zoho.com/<shortenKey>}. */
    public void setJoinUrl(String joinUrl) {
        this.joinUrl = joinUrl;
    }

    /** Zoho's referrer code, as sent. */
    public String getReferrer() {
        return referrer;
    }

    /** Sets: zoho's referrer code, as sent. */
    public void setReferrer(String referrer) {
        this.referrer = referrer;
    }

    /** How many were invited. */
    public Integer getInvitedCount() {
        return invitedCount;
    }

    /** Sets: how many were invited. */
    public void setInvitedCount(Integer invitedCount) {
        this.invitedCount = invitedCount;
    }

    /** How many registered. */
    public Integer getRegisteredCount() {
        return registeredCount;
    }

    /** Sets: how many registered. */
    public void setRegisteredCount(Integer registeredCount) {
        this.registeredCount = registeredCount;
    }

    /** How many attended. */
    public Integer getAttendedCount() {
        return attendedCount;
    }

    /** Sets: how many attended. */
    public void setAttendedCount(Integer attendedCount) {
        this.attendedCount = attendedCount;
    }

    /** The capacity. */
    public Integer getAttendeeLimit() {
        return attendeeLimit;
    }

    /** Sets: the capacity. */
    public void setAttendeeLimit(Integer attendeeLimit) {
        this.attendeeLimit = attendeeLimit;
    }

    /** When the session was created. */
    public Instant getCreatedTime() {
        return createdTime;
    }

    /** Sets: when the session was created. */
    public void setCreatedTime(Instant createdTime) {
        this.createdTime = createdTime;
    }

    /** When the session was last changed (Zoho's {@code time}). */
    public Instant getLastModifiedTime() {
        return lastModifiedTime;
    }

    /** Sets: when the session was last changed (Zoho's {@code time}). */
    public void setLastModifiedTime(Instant lastModifiedTime) {
        this.lastModifiedTime = lastModifiedTime;
    }

    /** When the session was deleted; {@code null} when it is not ({@code "-1"} on the wire). */
    public Instant getDeletedTime() {
        return deletedTime;
    }

    /** Sets: when the session was deleted; {@code null} when it is not ({@code "-1"} on the wire). */
    public void setDeletedTime(Instant deletedTime) {
        this.deletedTime = deletedTime;
    }

    /** The session's settings. */
    public SessionSettings getSessionSettings() {
        return sessionSettings;
    }

    /** Sets: the session's settings. */
    public void setSessionSettings(SessionSettings sessionSettings) {
        this.sessionSettings = sessionSettings;
    }

    /** The members (organiser, presenters) that came with this session: from {@code createSession}'s answer, or joined from a listing. Never {@code null}. */
    public List<SessionMember> getMembers() {
        return members == null ? List.of() : members;
    }

    /** Sets: the members (organiser, presenters) that came with this session: from {@code createSession}'s answer, or joined from a listing. */
    public void setMembers(List<SessionMember> members) {
        this.members = members;
    }

    @Override
    public String toString() {
        return "Session[" + "id=" + id + ", "
                + "name=" + name + "]";
    }
}
