package io.github.camelzoho.showtime.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * ShowTime sends instants as epoch milliseconds in JSON strings ({@code "1502194325666"}), and {@code "-1"} for "none"
 * (for example {@code deletedTime}); requests take native numbers. Models read both forms and write numbers.
 */
public final class EpochMillis {

    private EpochMillis() {
    }

    /** Reads {@code "1502194325666"}, {@code 1502194325666} or an ISO-8601 instant; {@code "-1"} and {@code ""} read as null. */
    public static final class Reader extends StdScalarDeserializer<Instant> {

        private static final long serialVersionUID = 1L;

        public Reader() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT) {
                return ofMillis(p.getLongValue());
            }
            if (token == JsonToken.VALUE_STRING) {
                String text = p.getText().trim();
                if (text.isEmpty()) {
                    return null;
                }
                try {
                    return ofMillis(Long.parseLong(text));
                } catch (NumberFormatException notMillis) {
                    try {
                        return Instant.parse(text);
                    } catch (DateTimeParseException notIso) {
                        return (Instant) ctxt.handleWeirdStringValue(Instant.class, text,
                                "expected epoch milliseconds");
                    }
                }
            }
            return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
        }

        private static Instant ofMillis(long millis) {
            return millis < 0 ? null : Instant.ofEpochMilli(millis);
        }
    }

    /** Writes an instant as a JSON number of epoch milliseconds, the form ShowTime requests take. */
    public static final class Writer extends StdScalarSerializer<Instant> {

        private static final long serialVersionUID = 1L;

        public Writer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(value.toEpochMilli());
        }
    }
}
