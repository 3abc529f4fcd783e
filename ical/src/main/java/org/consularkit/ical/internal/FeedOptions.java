package org.consularkit.ical.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import org.consularkit.core.calendar.HolidayCalendar;
import org.jspecify.annotations.Nullable;

/**
 * The options every published feed shares: its years, its language and its data version. The
 * builders of {@code HolidayFeed} and {@code OpeningHoursFeed} hold one and replace it on each
 * call, so both check their arguments the same way and with the same messages; the feeds keep it
 * and derive from it their date range, the subject of their error messages and their {@code
 * toString}.
 *
 * <h2>Implementation Requirements</h2>
 * This record is immutable and thread-safe.
 *
 * @param fromYear the first year of the feed
 * @param toYear the last year of the feed, not before {@code fromYear}
 * @param language the language of the texts, not null
 * @param dataVersion the data version written as {@code DTSTAMP} and {@code LAST-MODIFIED}, whole
 *     seconds, not null
 */
public record FeedOptions(int fromYear, int toYear, FeedLanguage language, Instant dataVersion) {

    /**
     * The data version of a feed whose calendar does not know its own, {@code 2025-12-18T00:00:00Z};
     * published (and explained) as {@code HolidayFeed.DEFAULT_DATA_VERSION}.
     */
    public static final Instant DEFAULT_DATA_VERSION = Instant.parse("2025-12-18T00:00:00Z");

    private static final Instant MIN_VERSION = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant MAX_VERSION = Instant.parse("9999-12-31T23:59:59Z");

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if {@code toYear} is before {@code fromYear}
     */
    public FeedOptions {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(dataVersion, "dataVersion");
        if (toYear < fromYear) {
            throw new IllegalArgumentException("Feed years must be in order, but " + toYear + " is before " + fromYear);
        }
    }

    /**
     * Returns the default options of a feed of a calendar: every year of the calendar, English, the
     * calendar's {@linkplain HolidayCalendar#dataVersion() data version} (its date at 00:00 UTC), or
     * {@link #DEFAULT_DATA_VERSION} for a calendar that does not know its version.
     *
     * @param calendar the calendar whose years the feed covers, not null
     * @return the options, not null
     */
    public static FeedOptions of(HolidayCalendar calendar) {
        Instant version = calendar.dataVersion().map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant())
                .orElse(DEFAULT_DATA_VERSION);
        return new FeedOptions(calendar.firstYear(), calendar.lastYear(), FeedLanguage.ENGLISH, version);
    }

    //-----------------------------------------------------------------------
    /**
     * Returns a copy with other years, checked against the calendar the feed is written from.
     *
     * @param calendar the calendar, not null
     * @param from the first year, within the calendar's range
     * @param to the last year, not before {@code from}, within the calendar's range
     * @return the new options, not null
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     * @throws DateTimeException if a year is outside the calendar's range
     */
    public FeedOptions withYears(HolidayCalendar calendar, int from, int to) {
        FeedOptions options = new FeedOptions(from, to, language, dataVersion);
        if (from < calendar.firstYear() || to > calendar.lastYear()) {
            throw new DateTimeException("Calendar " + calendar.id() + " covers the years "
                    + calendar.firstYear() + "-" + calendar.lastYear() + "; feed years " + from
                    + "-" + to + " are outside its range");
        }
        return options;
    }

    /**
     * Returns a copy in the language of a locale (see {@link FeedLanguage#of(Locale)}).
     *
     * @param locale the locale, not null
     * @return the new options, not null
     */
    public FeedOptions withLocale(Locale locale) {
        return new FeedOptions(fromYear, toYear, FeedLanguage.of(locale), dataVersion);
    }

    /**
     * Returns a copy with another data version, its fractions of a second dropped.
     *
     * @param version the moment the data was last changed, from year 1 to year 9999 (UTC), not null
     * @return the new options, not null
     * @throws IllegalArgumentException if the version is outside years 1 to 9999
     */
    public FeedOptions withDataVersion(Instant version) {
        Objects.requireNonNull(version, "version");
        Instant seconds = version.truncatedTo(ChronoUnit.SECONDS);
        if (seconds.isBefore(MIN_VERSION) || seconds.isAfter(MAX_VERSION)) {
            throw new IllegalArgumentException("Data version must lie in the years 1 to 9999 (UTC),"
                    + " but was " + version);
        }
        return new FeedOptions(fromYear, toYear, language, seconds);
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the locale of the texts.
     *
     * @return {@link Locale#ENGLISH} or Simplified Chinese, not null
     */
    public Locale locale() {
        return language.locale();
    }

    /**
     * Chooses the text of the feed's language.
     *
     * @param english the English text, not null
     * @param chinese the Chinese text, not null
     * @return one of them, not null
     */
    public String text(String english, String chinese) {
        return language.text(english, chinese);
    }

    /**
     * Returns the first day of the feed, 1 January of {@link #fromYear()}.
     *
     * @return the day, not null
     */
    public LocalDate firstDay() {
        return LocalDate.of(fromYear, 1, 1);
    }

    /**
     * Returns the last day of the feed, 31 December of {@link #toYear()}.
     *
     * @return the day, not null
     */
    public LocalDate lastDay() {
        return LocalDate.of(toYear, 12, 31);
    }

    /**
     * Returns the years as written in a calendar description: {@code 2026} or {@code 2026-2027}.
     *
     * @return the text, not null
     */
    public String yearsText() {
        return fromYear == toYear ? Integer.toString(fromYear) : fromYear + "-" + toYear;
    }

    /**
     * Returns what is written, for error messages, e.g. {@code "holiday feed cn (zh) 2007-2030"}.
     *
     * @param what the kind of feed, e.g. {@code "holiday feed"}, not null
     * @param id the id of the calendar or office, not null
     * @return the subject, not null
     */
    public String subject(String what, String id) {
        return what + " " + id + " (" + language.tag() + ") " + fromYear + "-" + toYear;
    }

    /**
     * Returns the {@code toString} of a feed, e.g. {@code "HolidayFeed[cn 2007-2030 zh makeupDays
     * 2025-12-18T00:00:00Z]"}.
     *
     * @param type the simple name of the feed's class, not null
     * @param id the id of the calendar or office, not null
     * @param flag an option of the feed that is on, or null for none
     * @return the description, not null
     */
    public String describe(String type, String id, @Nullable String flag) {
        return type + "[" + id + " " + fromYear + "-" + toYear + " " + language.tag()
                + (flag != null ? " " + flag + " " : " ") + dataVersion + "]";
    }

    /**
     * Returns a hash code that is the same in every run (the language by its tag, not by the
     * identity of its constant).
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(fromYear, toYear, language.tag(), dataVersion);
    }
}
