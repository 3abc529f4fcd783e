package org.consularkit.examples.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.booking.BookingJson;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The picocli converters of option values; each rejects a bad value with a message naming it.
 *
 * <h2>Implementation Requirements</h2>
 * The converters are stateless and thread-safe.
 */
final class Converters {

    private Converters() {
    }

    /** Converts an ISO date {@code yyyy-MM-dd} (strict: {@code 2026-02-30} is rejected). */
    static final class Date implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + Messages.excerpt(value) + "' is not a date yyyy-MM-dd" + reason(e));
            }
        }
    }

    /**
     * Converts an ISO moment with an offset, e.g. {@code 2026-03-03T14:00+08:00}, in the supported
     * years {@value BookingJson#MIN_YEAR} to {@value BookingJson#MAX_YEAR} as written (those of a
     * booking file): a moment at either end of {@code java.time}'s time line is rejected here,
     * naming the option, rather than failing later in a computation.
     */
    static final class Moment implements ITypeConverter<OffsetDateTime> {
        @Override
        public OffsetDateTime convert(String value) {
            OffsetDateTime moment;
            try {
                moment = OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + Messages.excerpt(value)
                        + "' is not a moment with an offset, e.g. 2026-03-03T14:00+08:00" + reason(e));
            }
            if (moment.getYear() < BookingJson.MIN_YEAR || moment.getYear() > BookingJson.MAX_YEAR) {
                throw new TypeConversionException("'" + Messages.excerpt(value) + "' is outside the supported years "
                        + BookingJson.MIN_YEAR + " to " + BookingJson.MAX_YEAR);
            }
            return moment;
        }
    }

    /** Converts {@code en} or {@code zh-CN} (any case; {@code zh_CN} too). */
    static final class Language implements ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            String tag = value.replace('_', '-');
            if (tag.equalsIgnoreCase("en")) {
                return Locale.ENGLISH;
            }
            if (tag.equalsIgnoreCase("zh-CN")) {
                return LocalizedText.SIMPLIFIED_CHINESE;
            }
            throw new TypeConversionException("'" + Messages.excerpt(value) + "' is not a supported locale; use en or zh-CN");
        }
    }

    /** The reason a well-formed text is still not a valid value (e.g. "Invalid date 'FEBRUARY 30'"). */
    private static String reason(DateTimeParseException e) {
        Throwable cause = e.getCause();
        return cause instanceof DateTimeException && cause.getMessage() != null ? " (" + cause.getMessage() + ")" : "";
    }
}
