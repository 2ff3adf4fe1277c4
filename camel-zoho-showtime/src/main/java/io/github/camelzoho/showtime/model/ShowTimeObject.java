package io.github.camelzoho.showtime.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Base of the ShowTime response models. Jackson binds the fields (not the getters), so the Java names can say what a
 * value is while the JSON names stay Zoho's. Fields Zoho sends that the model does not know are kept in
 * {@link #getOtherFields()} and written back on serialization, so nothing is dropped when Zoho adds a field.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
public abstract class ShowTimeObject {

    private final transient Map<String, Object> otherFields = new LinkedHashMap<>();

    /** The fields this model has no property for, by JSON name, as Jackson read them (strings, maps, lists). */
    @JsonAnyGetter
    public Map<String, Object> getOtherFields() {
        return Collections.unmodifiableMap(otherFields);
    }

    /** One field this model has no property for, or {@code null}. */
    public Object getOtherField(String name) {
        return otherFields.get(name);
    }

    /** Keeps a field this model has no property for. */
    @JsonAnySetter
    public void setOtherField(String name, Object value) {
        otherFields.put(name, value);
    }
}
