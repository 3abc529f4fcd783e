package org.consularkit.calendar.lunar.tables;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes the three resource files of {@code org.consularkit.calendar.lunar}: {@value #LUNAR_MONTHS}
 * (the months of the lunar years {@value #FIRST_LUNAR_YEAR}–{@value #LAST_LUNAR_YEAR}),
 * {@value #UNCERTAIN_MONTHS} (those of them whose first day depends on a new moon within the
 * {@linkplain Margin margin} of local midnight) and {@value #SOLAR_TERMS} (the 24 solar terms of the
 * Gregorian years {@value #FIRST_TERM_YEAR}–{@value #LAST_TERM_YEAR}), computed by {@link Lunisolar}
 * and {@link SolarTerms}. The output depends on nothing but this code: the test
 * {@code TableGeneratorTest} regenerates the files and compares them byte for byte with the shipped
 * resources.
 *
 * <p>Run from the {@code calendar} directory, after {@code mvn test-compile}:
 * <pre>{@code java -cp target/classes:target/test-classes org.consularkit.calendar.lunar.tables.TableGenerator}</pre>
 * An argument overrides the output directory (default
 * {@code src/main/resources/org/consularkit/calendar/lunar}).
 *
 * <h2>Implementation Requirements</h2>
 * This class is stateless and thread-safe.
 */
public final class TableGenerator {

    static final String LUNAR_MONTHS = "lunar-months.txt";
    static final String SOLAR_TERMS = "solar-terms.txt";
    static final String UNCERTAIN_MONTHS = "uncertain-months.txt";
    static final int FIRST_LUNAR_YEAR = 1900;
    static final int LAST_LUNAR_YEAR = 2100;
    static final int FIRST_TERM_YEAR = 1901;
    static final int LAST_TERM_YEAR = 2100;

    private static final String SOURCES = """
            # Produced by org.consularkit.calendar.lunar.tables.TableGenerator (calendar/src/test/java); do not
            # edit: change the generator and run it (TableGeneratorTest fails when this file is not exactly
            # its output). Astronomy from Jean Meeus, Astronomical Algorithms, 2nd ed. (1998): apparent solar
            # longitude by chapter 25 with the VSOP87 Earth series of Appendix III, nutation by chapter 22,
            # aberration -20.4898"/R; true new moon by chapter 49 (mean phase plus periodic and planetary
            # corrections); Delta T (TT-UT) from the Espenak-Meeus polynomials (NASA eclipse web site).
            """;

    private static final String CALENDAR_DAY = """
            # The calendar day is that of China Standard Time (UTC+8, meridian 120° E) from 1929, and of Beijing
            # local mean time (UTC+7:45:40, meridian 116°25′ E) for the moments before 1929-01-01T00:00
            # UTC+8: until 1928 the calendar was computed for the meridian of Beijing (H. Aslaksen, The
            # Mathematics of the Chinese Calendar, rule 1; the Hong Kong Observatory's Gregorian-Lunar calendar
            # conversion tables; E. M. Reingold and N. Dershowitz, Calendrical Calculations).
            """;

    /** A moment to the second with its offset: {@code 2057-09-28T23:59:58+08:00}. */
    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxxxx", Locale.ROOT);

    private TableGenerator() {
    }

    /**
     * Rewrites the resource files.
     *
     * @param args optionally, the output directory
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/main/resources/org/consularkit/calendar/lunar");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(LUNAR_MONTHS), lunarMonths(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(SOLAR_TERMS), solarTerms(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(UNCERTAIN_MONTHS), uncertainMonths(), StandardCharsets.UTF_8);
    }

    /**
     * Returns the text of {@value #LUNAR_MONTHS}.
     *
     * @return the text, lines ending with {@code \n}
     */
    static String lunarMonths() {
        StringBuilder out = new StringBuilder(12_000);
        out.append("# ConsularKit: the months of the Chinese lunisolar calendar (农历), lunar years ")
                .append(FIRST_LUNAR_YEAR).append('-').append(LAST_LUNAR_YEAR).append(".\n")
                .append(SOURCES)
                .append(CALENDAR_DAY)
                .append("""
                        # Rules of GB/T 33661-2017: a month begins on the day of a new moon; the month containing the
                        # winter solstice is the 11th; when 13 months begin from one 11th month to the next, the first of
                        # them without a major solar term (zhongqi: solar longitude a multiple of 30 degrees) is a leap
                        # month and repeats the number of the month before it.
                        # One line per lunar year, four fields separated by one space:
                        #   year     the lunar year: the Gregorian year in which its 1st month begins
                        #   newYear  the Gregorian date (ISO 8601) of the 1st day of its 1st month
                        #   leap     the number of its leap month (1-12), or 0 when it has none
                        #   lengths  the length in days (29 or 30) of each of its 12 or 13 months in order, separated by
                        #            commas; a leap month comes right after the month whose number it repeats
                        """);
        List<Lunisolar.Month> months = Lunisolar.months(FIRST_LUNAR_YEAR, LAST_LUNAR_YEAR);
        int i = 0;
        while (i < months.size()) {
            Lunisolar.Month first = months.get(i);
            StringBuilder lengths = new StringBuilder();
            int leap = 0;
            int j = i;
            for (; j < months.size() && months.get(j).lunarYear() == first.lunarYear(); j++) {
                Lunisolar.Month month = months.get(j);
                if (month.leap()) {
                    leap = month.number();
                }
                lengths.append(lengths.length() == 0 ? "" : ",").append(month.length());
            }
            out.append(first.lunarYear()).append(' ').append(LocalDate.ofEpochDay(first.startDay()))
                    .append(' ').append(leap).append(' ').append(lengths).append('\n');
            i = j;
        }
        return out.toString();
    }

    /**
     * Returns the text of {@value #UNCERTAIN_MONTHS}: the months of {@link Lunisolar#doubts} with the
     * {@link Margin}.
     *
     * @return the text, lines ending with {@code \n}
     * @throws IllegalStateException if an event within the margin would change the number or leap flag
     *     of a month, or two events the same month: the format cannot say so, and must be extended
     *     before such a table is shipped (none does in 1900-2100)
     */
    static String uncertainMonths() {
        StringBuilder out = new StringBuilder(2_000);
        out.append("# ConsularKit: the months of the Chinese lunisolar calendar (农历) whose first day is uncertain,")
                .append(" lunar years ")
                .append(FIRST_LUNAR_YEAR).append('-').append(LAST_LUNAR_YEAR).append(".\n")
                .append(SOURCES)
                .append(CALENDAR_DAY)
                .append("""
                        # A month begins on the day of its new moon. When the computed new moon lies so close to local
                        # midnight that the errors of the computation could put it on the other day, the month may
                        # begin a day later or earlier than lunar-months.txt says (which keeps the computed day). The
                        # margin is the error of the astronomy (30 s; the largest difference from the sxwnl algorithm
                        # is 20.4 s) plus the uncertainty of Delta T (7 s until 2025, when Delta T is measured; after
                        # 2025 growing with the square of the years to 180 s in 2100): 37 s until 2025, 210 s in 2100.
                        # The generator also checks every major solar term within its margin of midnight: none of them
                        # would change the number or leap flag of a month in these years.
                        # One line per month, five fields separated by one space:
                        #   month        the lunar year, the month number and L for a leap month: yyyy-MM or yyyy-MML
                        #   start        the date (ISO 8601) on which lunar-months.txt begins the month
                        #   alternative  the date on which it begins if the new moon falls on the other side of midnight
                        #   newMoon      the computed moment of the new moon, to the second, in the local time of the
                        #                calendar day (ISO 8601 with its offset)
                        #   margin       the margin in seconds for that moment
                        """);
        String previous = "";
        for (Lunisolar.Doubt d : Lunisolar.doubts(FIRST_LUNAR_YEAR, LAST_LUNAR_YEAR, Margin::seconds)) {
            String label = d.month().label();
            if (d.kind() != Lunisolar.EventKind.NEW_MOON || !d.alternative().label().equals(label)) {
                throw new IllegalStateException("The " + d.kind().text() + " of " + Lunisolar.localMoment(d.event())
                        + " would make month " + label + " month " + d.alternative().label() + "; "
                        + UNCERTAIN_MONTHS + " cannot say so");
            }
            if (label.equals(previous)) {
                throw new IllegalStateException("Two events within the margin change month " + label);
            }
            previous = label;
            out.append(label).append(' ').append(LocalDate.ofEpochDay(d.month().startDay()))
                    .append(' ').append(LocalDate.ofEpochDay(d.alternative().startDay()))
                    .append(' ').append(Lunisolar.localMoment(d.event()).format(MOMENT))
                    .append(' ').append(d.margin()).append('\n');
        }
        return out.toString();
    }

    /**
     * Returns the text of {@value #SOLAR_TERMS}.
     *
     * @return the text, lines ending with {@code \n}
     */
    static String solarTerms() {
        StringBuilder out = new StringBuilder(64_000);
        out.append("# ConsularKit: the 24 solar terms (二十四节气), Gregorian years ")
                .append(FIRST_TERM_YEAR).append('-').append(LAST_TERM_YEAR).append(".\n")
                .append(SOURCES)
                .append("""
                        # All moments are in China Standard Time (UTC+8), for every year, also before 1929.
                        # A solar term is the moment at which the apparent geocentric longitude of the Sun reaches a
                        # multiple of 15 degrees. One line per Gregorian year: the year, then 24 fields MM-ddTHH:mm, the
                        # moments in China Standard Time rounded to the nearest minute (half a minute rounds up), in the
                        # order of the year: Minor Cold (285 degrees), Major Cold (300), Start of Spring (315), ...,
                        # Qingming (15), ..., Winter Solstice (270). A moment in the last half minute of a day is written
                        # 23:59 (not 00:00 of the next day), so that the minute stays on the date of the term.
                        """);
        for (int year = FIRST_TERM_YEAR; year <= LAST_TERM_YEAR; year++) {
            out.append(year);
            for (int index = 1; index <= 24; index++) {
                LocalDateTime moment = roundedMinute(SolarTerms.moment(year, index));
                out.append(' ').append(String.format(Locale.ROOT, "%02d-%02dT%02d:%02d", moment.getMonthValue(),
                        moment.getDayOfMonth(), moment.getHour(), moment.getMinute()));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /**
     * Returns the CST local date-time of an instant rounded to the nearest minute, half a minute
     * rounding up, except that an instant from 23:59:30 on is kept at 23:59 of its own day.
     *
     * @param epochSecond the instant
     * @return the rounded local date-time in CST, on the CST date of the instant
     */
    static LocalDateTime roundedMinute(long epochSecond) {
        LocalDateTime exact = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.ofHours(8));
        long minute = Math.floorDiv(epochSecond + 30, 60);
        LocalDateTime rounded = LocalDateTime.ofEpochSecond(minute * 60, 0, ZoneOffset.ofHours(8));
        return rounded.toLocalDate().equals(exact.toLocalDate()) ? rounded : exact.withSecond(0);
    }
}
