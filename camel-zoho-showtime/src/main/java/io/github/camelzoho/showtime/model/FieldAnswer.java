package io.github.camelzoho.showtime.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.camelzoho.showtime.internal.EpochMillis;
import java.time.Instant;

/**
 * One stored answer of a registration, from {@code registerAttendee}'s answer ({@code fieldAnswer[]}).
 */
public class FieldAnswer extends ShowTimeObject {

    private String id;

    private String formId;

    private String fieldId;

    private String field;

    private String answer;

    private String answeredBy;

    private Integer userType;

    @JsonDeserialize(using = EpochMillis.Reader.class)
    @JsonSerialize(using = EpochMillis.Writer.class)
    private Instant time;

    /** The answer id. */
    public String getId() {
        return id;
    }

    /** Sets: the answer id. */
    public void setId(String id) {
        this.id = id;
    }

    /** The registration form. */
    public String getFormId() {
        return formId;
    }

    /** Sets: the registration form. */
    public void setFormId(String formId) {
        this.formId = formId;
    }

    /** The form field. */
    public String getFieldId() {
        return fieldId;
    }

    /** Sets: the form field. */
    public void setFieldId(String fieldId) {
        this.fieldId = fieldId;
    }

    /** The field label, for example {@code Email}. */
    public String getField() {
        return field;
    }

    /** Sets: the field label, for example {@code Email}. */
    public void setField(String field) {
        this.field = field;
    }

    /** The answer given. */
    public String getAnswer() {
        return answer;
    }

    /** Sets: the answer given. */
    public void setAnswer(String answer) {
        this.answer = answer;
    }

    /** The viewer (registrant) id. */
    public String getAnsweredBy() {
        return answeredBy;
    }

    /** Sets: the viewer (registrant) id. */
    public void setAnsweredBy(String answeredBy) {
        this.answeredBy = answeredBy;
    }

    /** Zoho's user type code. */
    public Integer getUserType() {
        return userType;
    }

    /** Sets: zoho's user type code. */
    public void setUserType(Integer userType) {
        this.userType = userType;
    }

    /** When the answer was stored. */
    public Instant getTime() {
        return time;
    }

    /** Sets: when the answer was stored. */
    public void setTime(Instant time) {
        this.time = time;
    }

    @Override
    public String toString() {
        return "FieldAnswer[" + "id=" + id + ", "
                + "field=" + field + "]";
    }
}
