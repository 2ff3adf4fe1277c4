package io.github.camelzoho.showtime.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.camelzoho.showtime.internal.EpochMillis;
import java.time.Instant;

/**
 * A member of a session (organiser or presenter), from {@code sessionMembers[]}.
 */
public class SessionMember extends ShowTimeObject {

    private String id;

    private String sessionMemberId;

    private String sessionId;

    private String orgId;

    private String userId;

    private String name;

    private String emailId;

    private Integer role;

    private Integer source;

    private Integer status;

    private String presenterImageUrl;

    @JsonDeserialize(using = EpochMillis.Reader.class)
    @JsonSerialize(using = EpochMillis.Writer.class)
    private Instant createdTime;

    @JsonDeserialize(using = EpochMillis.Reader.class)
    @JsonSerialize(using = EpochMillis.Writer.class)
    private Instant lastUpdatedTime;

    @JsonProperty("time")
    @JsonDeserialize(using = EpochMillis.Reader.class)
    @JsonSerialize(using = EpochMillis.Writer.class)
    private Instant lastModifiedTime;

    /** The member id. */
    public String getId() {
        return id;
    }

    /** Sets: the member id. */
    public void setId(String id) {
        this.id = id;
    }

    /** The member id as Zoho's {@code sessionMemberId}. */
    public String getSessionMemberId() {
        return sessionMemberId;
    }

    /** Sets: the member id as Zoho's {@code sessionMemberId}. */
    public void setSessionMemberId(String sessionMemberId) {
        this.sessionMemberId = sessionMemberId;
    }

    /** The session the member belongs to. */
    public String getSessionId() {
        return sessionId;
    }

    /** Sets: the session the member belongs to. */
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

    /** The Zoho user id. */
    public String getUserId() {
        return userId;
    }

    /** Sets: the Zoho user id. */
    public void setUserId(String userId) {
        this.userId = userId;
    }

    /** The display name. */
    public String getName() {
        return name;
    }

    /** Sets: the display name. */
    public void setName(String name) {
        this.name = name;
    }

    /** The email address. */
    public String getEmailId() {
        return emailId;
    }

    /** Sets: the email address. */
    public void setEmailId(String emailId) {
        this.emailId = emailId;
    }

    /** Zoho's role code (undocumented; 1 organiser, 2 presenter are assumed). */
    public Integer getRole() {
        return role;
    }

    /** Sets: zoho's role code (undocumented; 1 organiser, 2 presenter are assumed). */
    public void setRole(Integer role) {
        this.role = role;
    }

    /** Zoho's source code. */
    public Integer getSource() {
        return source;
    }

    /** Sets: zoho's source code. */
    public void setSource(Integer source) {
        this.source = source;
    }

    /** Zoho's status code. */
    public Integer getStatus() {
        return status;
    }

    /** Sets: zoho's status code. */
    public void setStatus(Integer status) {
        this.status = status;
    }

    /** The URL of the member's picture. */
    public String getPresenterImageUrl() {
        return presenterImageUrl;
    }

    /** Sets: the URL of the member's picture. */
    public void setPresenterImageUrl(String presenterImageUrl) {
        this.presenterImageUrl = presenterImageUrl;
    }

    /** When the member was added. */
    public Instant getCreatedTime() {
        return createdTime;
    }

    /** Sets: when the member was added. */
    public void setCreatedTime(Instant createdTime) {
        this.createdTime = createdTime;
    }

    /** When the member was last changed. */
    public Instant getLastUpdatedTime() {
        return lastUpdatedTime;
    }

    /** Sets: when the member was last changed. */
    public void setLastUpdatedTime(Instant lastUpdatedTime) {
        this.lastUpdatedTime = lastUpdatedTime;
    }

    /** Zoho's {@code time} field. */
    public Instant getLastModifiedTime() {
        return lastModifiedTime;
    }

    /** Sets: zoho's {@code time} field. */
    public void setLastModifiedTime(Instant lastModifiedTime) {
        this.lastModifiedTime = lastModifiedTime;
    }

    @Override
    public String toString() {
        return "SessionMember[" + "id=" + id + ", "
                + "sessionId=" + sessionId + ", "
                + "name=" + name + ", "
                + "emailId=" + emailId + "]";
    }
}
