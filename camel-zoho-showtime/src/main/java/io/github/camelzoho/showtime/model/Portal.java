package io.github.camelzoho.showtime.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.camelzoho.showtime.internal.EpochMillis;
import java.time.Instant;

/**
 * A ShowTime portal (organization), from {@code GET /api/v4/org/portals.json}. Its {@link #getId()} is the
 * orgId the other operations need; the portal with {@link #isDefaultPortal()} is the account's active one.
 */
public class Portal extends ShowTimeObject {

    private String id;

    private String zsoid;

    private String zaid;

    private String portalName;

    private String planName;

    private String url;

    private String orgLogoUrl;

    private String createdBy;

    @JsonDeserialize(using = EpochMillis.Reader.class)
    @JsonSerialize(using = EpochMillis.Writer.class)
    private Instant createdTime;

    private String referrer;

    private Integer currentUserRole;

    @JsonProperty("isDefault")
    private Boolean defaultPortal;

    @JsonProperty("isTrial")
    private Boolean trial;

    @JsonProperty("isLogoExists")
    private Boolean logoExists;

    /** The portal id: the orgId used in API paths. */
    public String getId() {
        return id;
    }

    /** Sets: the portal id: the orgId used in API paths. */
    public void setId(String id) {
        this.id = id;
    }

    /** The Zoho organization id (the same number as the id in Zoho's sample). */
    public String getZsoid() {
        return zsoid;
    }

    /** Sets: the Zoho organization id (the same number as the id in Zoho's sample). */
    public void setZsoid(String zsoid) {
        this.zsoid = zsoid;
    }

    /** The portal's ZAID, used by {@code registerAttendee}, when Zoho sends it. */
    public String getZaid() {
        return zaid;
    }

    /** Sets: the portal's ZAID, used by {@code registerAttendee}, when Zoho sends it. */
    public void setZaid(String zaid) {
        this.zaid = zaid;
    }

    /** The portal's display name. */
    public String getPortalName() {
        return portalName;
    }

    /** Sets: the portal's display name. */
    public void setPortalName(String portalName) {
        this.portalName = portalName;
    }

    /** The subscription plan. */
    public String getPlanName() {
        return planName;
    }

    /** Sets: the subscription plan. */
    public void setPlanName(String planName) {
        this.planName = planName;
    }

    /** The portal's public URL. */
    public String getUrl() {
        return url;
    }

    /** Sets: the portal's public URL. */
    public void setUrl(String url) {
        this.url = url;
    }

    /** The URL of the portal's logo. */
    public String getOrgLogoUrl() {
        return orgLogoUrl;
    }

    /** Sets: the URL of the portal's logo. */
    public void setOrgLogoUrl(String orgLogoUrl) {
        this.orgLogoUrl = orgLogoUrl;
    }

    /** The Zoho user id of the creator. */
    public String getCreatedBy() {
        return createdBy;
    }

    /** Sets: the Zoho user id of the creator. */
    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    /** When the portal was created. */
    public Instant getCreatedTime() {
        return createdTime;
    }

    /** Sets: when the portal was created. */
    public void setCreatedTime(Instant createdTime) {
        this.createdTime = createdTime;
    }

    /** Zoho's referrer code, as sent. */
    public String getReferrer() {
        return referrer;
    }

    /** Sets: zoho's referrer code, as sent. */
    public void setReferrer(String referrer) {
        this.referrer = referrer;
    }

    /** The role code of the account's user in this portal (undocumented codes; 0 in Zoho's sample). */
    public Integer getCurrentUserRole() {
        return currentUserRole;
    }

    /** Sets: the role code of the account's user in this portal (undocumented codes; 0 in Zoho's sample). */
    public void setCurrentUserRole(Integer currentUserRole) {
        this.currentUserRole = currentUserRole;
    }

    /** Whether this is the account's active (default) portal. False when Zoho did not say. */
    public boolean isDefaultPortal() {
        return Boolean.TRUE.equals(defaultPortal);
    }

    /** Sets: whether this is the account's active (default) portal. */
    public void setDefaultPortal(Boolean defaultPortal) {
        this.defaultPortal = defaultPortal;
    }

    /** Whether the portal is on a trial plan. False when Zoho did not say. */
    public boolean isTrial() {
        return Boolean.TRUE.equals(trial);
    }

    /** Sets: whether the portal is on a trial plan. */
    public void setTrial(Boolean trial) {
        this.trial = trial;
    }

    /** Whether the portal has a logo. False when Zoho did not say. */
    public boolean isLogoExists() {
        return Boolean.TRUE.equals(logoExists);
    }

    /** Sets: whether the portal has a logo. */
    public void setLogoExists(Boolean logoExists) {
        this.logoExists = logoExists;
    }

    @Override
    public String toString() {
        return "Portal[" + "id=" + id + ", "
                + "portalName=" + portalName + "]";
    }
}
