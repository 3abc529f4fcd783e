package org.consularkit.calendar.lunar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consularkit.core.DataFileException;
import org.consularkit.core.internal.json.IsoDates;

/**
 * The tables behind {@link LunarDate}, {@link LunarCalendar} and {@link SolarTerm}, read once from
 * the resources {@code lunar-months.txt}, {@code uncertain-months.txt} and {@code solar-terms.txt}
 * of this package (their header comments describe the format and how they were produced). Each table is loaded on first use by a
 * holder class and then only read; a malformed file fails with a {@link DataFileException} naming
 * the file, the line and column, the rule and the value ({@code lunar-months.txt:2:21: expected a
 * leap month from 0 to 12, but was "13"}; its JSON path is empty), and nothing of it is kept.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
final class LunarTables {

    static final String MONTHS_FILE = "lunar-months.txt";
    static final String TERMS_FILE = "solar-terms.txt";
    static final String UNCERTAIN_FILE = "uncertain-months.txt";

    /** The first Gregorian date that {@link LunarDate} supports. */
    static final LocalDate MIN_DATE = LocalDate.of(1901, 1, 1);
    /** The last Gregorian date that {@link LunarDate} supports. */
    static final LocalDate MAX_DATE = LocalDate.of(2100, 12, 31);
    static final long MIN_EPOCH_DAY = MIN_DATE.toEpochDay();
    static final long MAX_EPOCH_DAY = MAX_DATE.toEpochDay();

    private LunarTables() {
    }

    /** Returns the months table, loading it on first use. */
    static Months months() {
        return MonthsHolder.INSTANCE;
    }

    /** Returns the solar-terms table, loading it on first use. */
    static Terms terms() {
        return TermsHolder.INSTANCE;
    }

    /** Returns the table of uncertain months, loading it (and the months table) on first use. */
    static Uncertain uncertain() {
        return UncertainHolder.INSTANCE;
    }

    private static final class MonthsHolder {
        static final Months INSTANCE = read(MONTHS_FILE, Months::parse);
    }

    private static final class TermsHolder {
        static final Terms INSTANCE = read(TERMS_FILE, Terms::parse);
    }

    private static final class UncertainHolder {
        static final Uncertain INSTANCE = read(UNCERTAIN_FILE, lines -> Uncertain.parse(lines, months()));
    }

    //-----------------------------------------------------------------------
    /**
     * The months of the lunar years {@link #firstYear()} to {@link #lastYear()}: month {@code i}
     * (counted from the first month of the first year) begins on epoch day {@code start[i]} and ends
     * the day before {@code start[i + 1]}.
     */
    static final class Months {
        /**
         * Buckets of {@code 1 << 4} = 16 days, shorter than any month (29 or 30 days, checked by
         * {@link #parse(List)}).
         */
        private static final int BUCKET_SHIFT = 4;
        /** The most months a table may have: a month index must fit in a {@code char}. */
        private static final int MAX_MONTHS = Character.MAX_VALUE;

        private final int firstYear;
        private final int[] start;
        /**
         * For each bucket of {@code 1 << BUCKET_SHIFT} days from {@code start[0]} (the last one
         * holding {@code start[start.length - 1]}): the index of the month its first day belongs to.
         * A month lasts at least 29 days, so at most one month begins within a bucket after its
         * first day, and the month of a day is the bucket's month or the next one.
         */
        private final char[] bucket;
        /** For each month: {@code lunarYear << 5 | number << 1 | (leap ? 1 : 0)}. */
        private final int[] code;
        /** For each year (from firstYear), the index of its first month; one extra entry at the end. */
        private final int[] yearStart;
        private final byte[] leapMonth;

        private Months(int firstYear, int[] start, int[] code, int[] yearStart, byte[] leapMonth) {
            this.firstYear = firstYear;
            this.start = start;
            this.bucket = buckets(start);
            this.code = code;
            this.yearStart = yearStart;
            this.leapMonth = leapMonth;
        }

        int firstYear() {
            return firstYear;
        }

        int lastYear() {
            return firstYear + leapMonth.length - 1;
        }

        /**
         * Returns the index of the month containing an epoch day of the table's range: one lookup in
         * the bucket index and one comparison.
         */
        int monthIndexOfDay(long epochDay) {
            int day = (int) epochDay;
            int i = bucket[(day - start[0]) >> BUCKET_SHIFT];
            return start[i + 1] <= day ? i + 1 : i;
        }

        /** Returns the number of months of the table. */
        int monthCount() {
            return code.length;
        }

        /** Builds the bucket index of {@link #bucket} from the month starts (plus the end). */
        private static char[] buckets(int[] start) {
            int months = start.length - 1;
            char[] bucket = new char[((start[months] - start[0]) >> BUCKET_SHIFT) + 1];
            int month = 0;
            for (int b = 0; b < bucket.length; b++) {
                int day = start[0] + (b << BUCKET_SHIFT);
                while (month + 1 < months && start[month + 1] <= day) {
                    month++;
                }
                bucket[b] = (char) month;
            }
            return bucket;
        }

        int startDay(int monthIndex) {
            return start[monthIndex];
        }

        int length(int monthIndex) {
            return start[monthIndex + 1] - start[monthIndex];
        }

        int lunarYear(int monthIndex) {
            return code[monthIndex] >>> 5;
        }

        int number(int monthIndex) {
            return (code[monthIndex] >>> 1) & 0xF;
        }

        boolean leap(int monthIndex) {
            return (code[monthIndex] & 1) != 0;
        }

        /** Returns the leap month of a year of the table, 0 when none. */
        int leapMonth(int lunarYear) {
            return leapMonth[lunarYear - firstYear];
        }

        int monthsInYear(int lunarYear) {
            return yearStart[lunarYear - firstYear + 1] - yearStart[lunarYear - firstYear];
        }

        int firstMonthIndex(int lunarYear) {
            return yearStart[lunarYear - firstYear];
        }

        /**
         * Returns the index of a month, validating the year, the number and the leap flag.
         *
         * @throws DateTimeException naming the bad value
         */
        int monthIndex(int lunarYear, int month, boolean leap) {
            if (lunarYear < firstYear() || lunarYear > lastYear()) {
                throw new DateTimeException("Lunar year " + lunarYear + " is outside the supported range "
                        + firstYear() + "-" + lastYear());
            }
            if (month < 1 || month > 12) {
                throw new DateTimeException("Invalid lunar month " + month + ": must be from 1 to 12");
            }
            int leapOfYear = leapMonth(lunarYear);
            if (leap && leapOfYear != month) {
                throw new DateTimeException(leapOfYear == 0
                        ? "Lunar year " + lunarYear + " has no leap month"
                        : "Lunar year " + lunarYear + " has no leap month " + month + "; its leap month is "
                                + leapOfYear);
            }
            int index = firstMonthIndex(lunarYear) + month - 1;
            return leapOfYear != 0 && (month > leapOfYear || leap) ? index + 1 : index;
        }

        static Months parse(List<String> lines) {
            int first = 0;
            List<int[]> years = new ArrayList<>();
            LocalDate expectedNewYear = null;
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n);
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                Fields fields = new Fields(MONTHS_FILE, n + 1, line);
                fields.count(4, "4 fields separated by one space (year newYear leap lengths)");
                int year = fields.integer(0, "a year from", 1, 9999);
                if (years.isEmpty()) {
                    first = year;
                } else if (year != first + years.size()) {
                    throw fields.bad(0, "the year " + (first + years.size()) + " (the year after the line before)");
                }
                LocalDate newYear;
                try {
                    newYear = IsoDates.parse(fields.get(1));
                } catch (DateTimeParseException e) {
                    throw fields.bad(1, "a newYear date (yyyy-MM-dd)");
                }
                if (newYear.getYear() != year) {
                    throw fields.bad(1, "a newYear date in " + year);
                }
                if (expectedNewYear != null && !newYear.equals(expectedNewYear)) {
                    throw fields.bad(1, "the newYear " + expectedNewYear + " (the months of " + (year - 1)
                            + " end on " + expectedNewYear.minusDays(1) + ")");
                }
                int leap = fields.integer(2, "a leap month from", 0, 12);
                String[] lengths = fields.get(3).split(",", -1);
                if (lengths.length != (leap == 0 ? 12 : 13)) {
                    throw fields.bad(3, (leap == 0 ? 12 : 13) + " month lengths separated by commas (leap month "
                            + leap + ")");
                }
                int[] row = new int[3 + lengths.length];
                row[0] = year;
                row[1] = (int) newYear.toEpochDay();
                row[2] = leap;
                long end = newYear.toEpochDay();
                int offset = 0;
                for (int i = 0; i < lengths.length; i++) {
                    row[3 + i] = fields.integer(3, offset, lengths[i], "a month length from", 29, 30);
                    end += row[3 + i];
                    offset += lengths[i].length() + 1;
                }
                years.add(row);
                expectedNewYear = LocalDate.ofEpochDay(end);
            }
            if (years.isEmpty()) {
                throw noData(MONTHS_FILE);
            }
            int monthCount = years.stream().mapToInt(r -> r.length - 3).sum();
            if (monthCount > MAX_MONTHS) {
                throw new DataFileException(MONTHS_FILE, "", 0, 0, "expected at most " + MAX_MONTHS
                        + " months, but " + years.size() + " years have " + monthCount, null, null);
            }
            int[] start = new int[monthCount + 1];
            int[] code = new int[monthCount];
            int[] yearStart = new int[years.size() + 1];
            byte[] leapMonth = new byte[years.size()];
            int m = 0;
            for (int y = 0; y < years.size(); y++) {
                int[] row = years.get(y);
                yearStart[y] = m;
                leapMonth[y] = (byte) row[2];
                int day = row[1];
                int number = 0;
                for (int i = 3; i < row.length; i++) {
                    boolean leap = row[2] != 0 && number == row[2] && i - 3 == number;
                    if (!leap) {
                        number++;
                    }
                    start[m] = day;
                    code[m] = row[0] << 5 | number << 1 | (leap ? 1 : 0);
                    day += row[i];
                    m++;
                }
                start[m] = day;
            }
            yearStart[years.size()] = m;
            return new Months(first, start, code, yearStart, leapMonth);
        }
    }

    //-----------------------------------------------------------------------
    /**
     * The months whose first day is uncertain, checked against the months table: each begins on the
     * date the months table gives, on the date of its new moon, and its alternative start is the
     * other day next to midnight.
     */
    static final class Uncertain {
        private static final Pattern MONTH = Pattern.compile("([0-9]{4})-([0-9]{2})(L?)");
        private static final DateTimeFormatter MOMENT =
                DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxxxx", Locale.ROOT);
        /** The most seconds a margin may have: an hour. */
        private static final int MAX_MARGIN = 3600;

        private final List<UncertainMonth> months;
        /**
         * For each month, the first epoch day whose lunar date depends on it: its start, or the day
         * before when the alternative start is that day.
         */
        private final int[] from;
        /** For each month, the first epoch day of the next month. */
        private final int[] to;

        private Uncertain(List<UncertainMonth> months, int[] from, int[] to) {
            this.months = List.copyOf(months);
            this.from = from;
            this.to = to;
        }

        List<UncertainMonth> months() {
            return months;
        }

        /** Returns the uncertain month on which the lunar date of an epoch day depends. */
        Optional<UncertainMonth> ofDay(long epochDay) {
            for (int i = 0; i < from.length; i++) {
                if (from[i] <= epochDay && epochDay < to[i]) {
                    return Optional.of(months.get(i));
                }
            }
            return Optional.empty();
        }

        /** Returns the uncertain month of a label, if the month is uncertain. */
        Optional<UncertainMonth> ofMonth(int lunarYear, int month, boolean leap) {
            for (UncertainMonth m : months) {
                if (m.lunarYear() == lunarYear && m.month() == month && m.leapMonth() == leap) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }

        static Uncertain parse(List<String> lines, Months table) {
            List<UncertainMonth> months = new ArrayList<>();
            List<int[]> ranges = new ArrayList<>();
            int previous = -1;
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n);
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                Fields fields = new Fields(UNCERTAIN_FILE, n + 1, line);
                fields.count(5, "5 fields separated by one space (month start alternative newMoon margin)");
                Matcher label = MONTH.matcher(fields.get(0));
                if (!label.matches()) {
                    throw fields.bad(0, "a month yyyy-MM or yyyy-MML");
                }
                int year = Integer.parseInt(label.group(1));
                int number = Integer.parseInt(label.group(2));
                boolean leap = !label.group(3).isEmpty();
                int index;
                try {
                    index = table.monthIndex(year, number, leap);
                } catch (DateTimeException e) {
                    throw fields.bad(0, "a month of " + MONTHS_FILE);
                }
                if (index <= previous) {
                    throw fields.bad(0, "a month after that of the line before");
                }
                previous = index;
                LocalDate start = LocalDate.ofEpochDay(table.startDay(index));
                if (!fields.get(1).equals(start.toString())) {
                    throw fields.bad(1, "the start of " + fields.get(0) + " in " + MONTHS_FILE + ", " + start);
                }
                OffsetDateTime newMoon;
                try {
                    newMoon = OffsetDateTime.parse(fields.get(3), MOMENT);
                } catch (DateTimeParseException e) {
                    throw fields.bad(3, "a new moon yyyy-MM-ddTHH:mm:ss with its offset");
                }
                if (!newMoon.toLocalDate().equals(start)) {
                    throw fields.bad(3, "a new moon on " + start);
                }
                LocalDate other = newMoon.getHour() < 12 ? start.minusDays(1) : start.plusDays(1);
                if (!fields.get(2).equals(other.toString())) {
                    throw fields.bad(2, "the alternative start " + other + " (the other side of midnight from the"
                            + " new moon)");
                }
                int seconds = newMoon.toLocalTime().toSecondOfDay();
                int distance = Math.min(seconds, 86_400 - seconds);
                int margin = fields.integer(4, "a margin in seconds from", Math.max(1, distance), MAX_MARGIN);
                months.add(new UncertainMonth(year, number, leap, start, other, newMoon, Duration.ofSeconds(margin)));
                ranges.add(new int[] {(int) Math.min(start.toEpochDay(), other.toEpochDay()),
                    table.startDay(index + 1)});
            }
            int[] from = new int[ranges.size()];
            int[] to = new int[ranges.size()];
            for (int i = 0; i < ranges.size(); i++) {
                from[i] = ranges.get(i)[0];
                to[i] = ranges.get(i)[1];
            }
            return new Uncertain(months, from, to);
        }
    }

    //-----------------------------------------------------------------------
    /**
     * The moments of the 24 solar terms of the Gregorian years {@link #firstYear()} to
     * {@link #lastYear()}, as minutes from 1970-01-01T00:00 in China Standard Time (local).
     */
    static final class Terms {
        private final int firstYear;
        private final int[] minutes;

        private Terms(int firstYear, int[] minutes) {
            this.firstYear = firstYear;
            this.minutes = minutes;
        }

        int firstYear() {
            return firstYear;
        }

        int lastYear() {
            return firstYear + minutes.length / 24 - 1;
        }

        /** Returns the CST local epoch minute of a term; the year must be in range. */
        int localMinute(int year, int index) {
            return minutes[(year - firstYear) * 24 + index - 1];
        }

        static Terms parse(List<String> lines) {
            int first = 0;
            int years = 0;
            int[] minutes = new int[24 * 256];
            long previous = Long.MIN_VALUE;
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n);
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                Fields fields = new Fields(TERMS_FILE, n + 1, line);
                fields.count(25, "25 fields separated by one space (the year and 24 moments)");
                int year = fields.integer(0, "a year from", 1, 9999);
                if (years == 0) {
                    first = year;
                } else if (year != first + years) {
                    throw fields.bad(0, "the year " + (first + years) + " (the year after the line before)");
                }
                if (years == 256) {
                    throw fields.bad(0, "at most 256 years");
                }
                for (int i = 1; i <= 24; i++) {
                    String field = fields.get(i);
                    long minute = localEpochMinute(year, field);
                    if (minute == Long.MIN_VALUE) {
                        throw fields.bad(i, "the moment of term " + i + " (MM-ddTHH:mm)");
                    }
                    if (minute <= previous) {
                        throw fields.bad(i, "the moment of term " + i + " after that of the term before");
                    }
                    previous = minute;
                    minutes[years * 24 + i - 1] = (int) minute;
                }
                years++;
            }
            if (years == 0) {
                throw noData(TERMS_FILE);
            }
            return new Terms(first, Arrays.copyOf(minutes, years * 24));
        }

        /**
         * Reads a moment {@code MM-ddTHH:mm} of a year (the form {@link LocalDateTime#parse} accepts
         * for the four-digit year, a hyphen and the text, strictly, the {@code T} in either case)
         * as minutes from 1970-01-01T00:00, or returns
         * {@link Long#MIN_VALUE} when the text is not such a moment. Read by hand: the 4,800 moments
         * are read when a program first asks for a solar term or a Chinese holiday, and the JDK's
         * date-time parser is what made that first question slow.
         */
        static long localEpochMinute(int year, String text) {
            if (text.length() != 11 || text.charAt(2) != '-' || (text.charAt(5) != 'T' && text.charAt(5) != 't') || text.charAt(8) != ':') {
                return Long.MIN_VALUE;
            }
            int month = twoDigits(text, 0);
            int day = twoDigits(text, 3);
            int hour = twoDigits(text, 6);
            int minute = twoDigits(text, 9);
            if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()
                    || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
                return Long.MIN_VALUE;
            }
            return LocalDate.of(year, month, day).toEpochDay() * 1440 + hour * 60L + minute;
        }

        /** The number of two ASCII digits at an index, or -1 when they are not two digits. */
        private static int twoDigits(String text, int index) {
            char tens = text.charAt(index);
            char ones = text.charAt(index + 1);
            if (tens < '0' || tens > '9' || ones < '0' || ones > '9') {
                return -1;
            }
            return (tens - '0') * 10 + (ones - '0');
        }
    }

    //-----------------------------------------------------------------------
    static <T> T read(String file, Function<List<String>, T> parser) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = LunarTables.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + file + " of package org.consularkit.calendar.lunar is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resource " + file, e);
        }
        return parser.apply(lines);
    }

    private static DataFileException noData(String file) {
        return new DataFileException(file, "", 0, 0, "no data (every line is empty or a comment)", null, null);
    }

    /**
     * The fields of one line of a table, separated by one space, with their columns, for messages:
     * {@code FILE:LINE:COLUMN: expected RULE, but was "FIELD"} (the path is empty: the file is not
     * JSON).
     */
    private static final class Fields {
        private final String file;
        private final int line;
        private final String text;
        private final String[] fields;
        private final int[] columns;

        Fields(String file, int line, String text) {
            this.file = file;
            this.line = line;
            this.text = text;
            this.fields = text.split(" ", -1);
            this.columns = new int[fields.length];
            int column = 1;
            for (int i = 0; i < fields.length; i++) {
                columns[i] = column;
                column += fields[i].length() + 1;
            }
        }

        void count(int expected, String rule) {
            if (fields.length != expected) {
                throw new DataFileException(file, "", line, 1, "expected " + rule, quote(text), null);
            }
        }

        String get(int i) {
            return fields[i];
        }

        int integer(int i, String rule, int min, int max) {
            return integer(i, 0, fields[i], rule, min, max);
        }

        /** Reads an integer that is the field {@code i} or a part of it, {@code offset} characters in. */
        int integer(int i, int offset, String part, String rule, int min, int max) {
            int value;
            try {
                value = Integer.parseInt(part);
            } catch (NumberFormatException e) {
                throw bad(i, offset, part, rule + " " + min + " to " + max);
            }
            if (value < min || value > max) {
                throw bad(i, offset, part, rule + " " + min + " to " + max);
            }
            return value;
        }

        DataFileException bad(int i, String rule) {
            return bad(i, 0, fields[i], rule);
        }

        private DataFileException bad(int i, int offset, String value, String rule) {
            return new DataFileException(file, "", line, columns[i] + offset, "expected " + rule, quote(value), null);
        }

        private static String quote(String text) {
            return '"' + text + '"';
        }
    }
}
