package io.github.camelzoho.showtime.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An attendee registration for {@code registerAttendee}: who registers (first name, last name, email) for which
 * session and talk, in which time zone. The {@code zaid}, {@code sessionId}, {@code talkId} and {@code timezone} come
 * from the session ({@link #forSession(Session)} copies them). The component sends it as Zoho's
 * {@code {"fieldAnswer":{..., "answers":[{"fieldLabel":"First Name","answer":...}, ...]}}}.
 * <p>
 * As a Map body, use the property names: {@code firstName}, {@code lastName}, {@code email}, {@code sessionId},
 * {@code talkId}, {@code timezone}, {@code zaid} and {@code additionalAnswers}.
 */
public class Registration {

    private String firstName;
    private String lastName;
    private String email;
    private String sessionId;
    private String talkId;
    private String timezone;
    private String zaid;
    private Map<String, String> additionalAnswers = new LinkedHashMap<>();

    /** An empty registration, for bean binding; set at least the names, email, sessionId and talkId. */
    public Registration() {
    }

    /** A registration for {@code session}: its ZAID, id, talk id and time zone are copied. */
    public static Registration forSession(Session session) {
        Objects.requireNonNull(session, "session");
        Registration registration = new Registration();
        registration.setZaid(session.getZaid());
        registration.setSessionId(session.getSessionId());
        registration.setTalkId(session.getTalkId());
        registration.setTimezone(session.getTimezone());
        return registration;
    }

    /** Sets the attendee's first name, last name and email; returns this registration. */
    public Registration attendee(String firstName, String lastName, String email) {
        setFirstName(firstName);
        setLastName(lastName);
        setEmail(email);
        return this;
    }

    /** The answer for the form field "First Name". */
    public String getFirstName() {
        return firstName;
    }

    /** Sets the answer for the form field "First Name". */
    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    /** The answer for the form field "Last Name". */
    public String getLastName() {
        return lastName;
    }

    /** Sets the answer for the form field "Last Name". */
    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    /** The answer for the form field "Email". */
    public String getEmail() {
        return email;
    }

    /** Sets the answer for the form field "Email". */
    public void setEmail(String email) {
        this.email = email;
    }

    /** The session to register for. */
    public String getSessionId() {
        return sessionId;
    }

    /** Sets the session to register for. */
    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
    }

    /** The talk of the session. */
    public String getTalkId() {
        return talkId;
    }

    /** Sets the talk of the session. */
    public void setTalkId(String talkId) {
        this.talkId = talkId;
    }

    /** The attendee's time zone, for example {@code Europe/Berlin}. */
    public String getTimezone() {
        return timezone;
    }

    /** Sets the attendee's time zone. */
    public void setTimezone(String timezone) {
        this.timezone = timezone;
    }

    /** The portal's ZAID (part of the registration path); the header or endpoint option wins when set. */
    public String getZaid() {
        return zaid;
    }

    /** Sets the portal's ZAID. */
    public void setZaid(String zaid) {
        this.zaid = zaid;
    }

    /** Answers to further form fields, by field label, sent after the three standard ones. */
    public Map<String, String> getAdditionalAnswers() {
        return additionalAnswers;
    }

    /** Sets answers to further form fields, by field label. */
    public void setAdditionalAnswers(Map<String, String> additionalAnswers) {
        this.additionalAnswers = additionalAnswers == null ? new LinkedHashMap<>() : new LinkedHashMap<>(additionalAnswers);
    }

    /** Shows which session and talk, not the attendee's personal data. */
    @Override
    public String toString() {
        return "Registration[sessionId=" + sessionId + ", talkId=" + talkId + ", zaid=" + zaid + "]";
    }
}
