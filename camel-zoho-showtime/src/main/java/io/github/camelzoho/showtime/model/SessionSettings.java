package io.github.camelzoho.showtime.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The settings of a session ({@code sessionSettings}).
 */
public class SessionSettings extends ShowTimeObject {

    private Boolean registrationRequired;

    /** Whether attendees must register before joining. False when Zoho did not say. */
    public boolean isRegistrationRequired() {
        return Boolean.TRUE.equals(registrationRequired);
    }

    /** Sets: whether attendees must register before joining. */
    public void setRegistrationRequired(Boolean registrationRequired) {
        this.registrationRequired = registrationRequired;
    }

    @Override
    public String toString() {
        return "SessionSettings[registrationRequired=" + registrationRequired + "]";
    }
}
