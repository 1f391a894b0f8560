package org.zhicheng.rest.internal.json;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Calendar dates in a request body: exactly {@code YYYY-MM-DD} in the years {@link #FIRST_YEAR} to {@link #LAST_YEAR}.
 * ISO-8601 also allows signed and five-digit years ({@code -2008-07-01}, {@code +12008-08-01}); no date the platform
 * keeps (a birth, a start of work, a campaign's day) is ever one of those, so they are refused at the edge.
 */
public final class StrictDates {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2199;

    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private StrictDates() {
    }

    static SimpleModule module() {
        return new SimpleModule("zhicheng-strict-dates").addDeserializer(LocalDate.class, new Reader());
    }

    /** The date in {@code text}, or null when it is no calendar date of the range. */
    public static LocalDate parse(String text) {
        if (text == null || !FORM.matcher(text).matches()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            return date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static final class Reader extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText().trim();
            if (text.isEmpty()) {
                return null; // an optional date left empty, as before
            }
            LocalDate date = parse(text);
            if (date == null) {
                throw InvalidFormatException.from(parser, "not a date YYYY-MM-DD in the years " + FIRST_YEAR + " to "
                        + LAST_YEAR, text, LocalDate.class);
            }
            return date;
        }
    }
}
