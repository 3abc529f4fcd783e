package org.consularkit.calendar.lunar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import org.consularkit.core.DataFileException;
import org.jspecify.annotations.Nullable;

/**
 * A date of the Chinese lunisolar calendar (农历), such as the 1st day of the 1st month of lunar
 * year 2026 (2026-02-17, Spring Festival).
 *
 * <p>A lunar date has a lunar year, a month number from 1 to 12, a leap flag and a day from 1 to 29
 * or 30. The lunar year is the Gregorian year in which that lunar year begins (its 1st month, day
 * 1): lunar year 2025 runs from 2025-01-29 to 2026-02-16. A leap (intercalary, 闰) month carries the
 * number of the month it repeats and follows it: in lunar year 2023 the months run 1, 2, leap 2,
 * 3, …, 12.
 *
 * <p>The calendar follows GB/T 33661-2017 《农历的编算和颁行》, with the days of China Standard
 * Time (UTC+8) from 1929 and of Beijing local mean time before (the calendar then in use was
 * computed for the meridian of Beijing); {@link LunarCalendar} describes the rules, the tables and
 * their known uncertainties, and {@link #isCertain()} says whether a date depends on a new moon too
 * close to midnight to be sure of. Lunar dates exist for exactly the Gregorian dates 1901-01-01 to 2100-12-31 (lunar
 * 1900-11-11 to 2100-12-01); outside that range every factory throws {@link DateTimeException}.
 *
 * <p>The text form, produced by {@link #toString()} and read by {@link #parse(CharSequence)}, is
 * {@code yyyy-MM-dd} with an {@code L} after the month of a leap month: {@code 2026-01-01},
 * {@code 2023-02L-15}.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe. Instances are ordered chronologically; {@code equals}
 * is consistent with {@code compareTo}.
 *
 * @since 0.1
 */
public final class LunarDate implements Comparable<LunarDate> {

    private final int lunarYear;
    private final int month;
    private final boolean leapMonth;
    private final int day;
    private final int epochDay;

    private LunarDate(int lunarYear, int month, boolean leapMonth, int day, int epochDay) {
        this.lunarYear = lunarYear;
        this.month = month;
        this.leapMonth = leapMonth;
        this.day = day;
        this.epochDay = epochDay;
    }

    //-----------------------------------------------------------------------
    /**
     * Obtains a lunar date from its fields, validated against the calendar tables.
     *
     * @param lunarYear the lunar year, from 1900 to 2100
     * @param month the month number, from 1 to 12; for a leap month, the number of the month it
     *     repeats
     * @param leapMonth whether the month is the leap month of the year
     * @param day the day of the month, from 1 to the length of the month (29 or 30)
     * @return the lunar date, not null
     * @throws DateTimeException if the year is outside 1900–2100, the month outside 1–12, the year
     *     has no such leap month, the day is outside the month, or the date falls outside the
     *     Gregorian dates 1901-01-01 to 2100-12-31; the message names the bad value
     */
    public static LunarDate of(int lunarYear, int month, boolean leapMonth, int day) {
        LunarTables.Months table = LunarTables.months();
        int index = table.monthIndex(lunarYear, month, leapMonth);
        int length = table.length(index);
        if (day < 1 || day > length) {
            throw new DateTimeException("Invalid day " + day + " of lunar month " + monthText(lunarYear, month, leapMonth)
                    + ": must be from 1 to " + length);
        }
        int epochDay = table.startDay(index) + day - 1;
        if (epochDay < LunarTables.MIN_EPOCH_DAY || epochDay > LunarTables.MAX_EPOCH_DAY) {
            throw new DateTimeException("Lunar date " + monthText(lunarYear, month, leapMonth) + "-" + twoDigits(day)
                    + " is " + LocalDate.ofEpochDay(epochDay) + ", outside the supported range "
                    + LunarTables.MIN_DATE + " to " + LunarTables.MAX_DATE);
        }
        return new LunarDate(lunarYear, month, leapMonth, day, epochDay);
    }

    /**
     * Obtains the lunar date of a Gregorian date.
     *
     * <p>Allocates nothing but the result: one lookup in an index of 16-day buckets and one
     * comparison with a table of month starts.
     *
     * @param date the Gregorian date, from 1901-01-01 to 2100-12-31
     * @return the lunar date, not null
     * @throws DateTimeException if the date is outside 1901-01-01 to 2100-12-31
     */
    public static LunarDate from(LocalDate date) {
        Objects.requireNonNull(date, "date");
        long epochDay = date.toEpochDay();
        if (epochDay < LunarTables.MIN_EPOCH_DAY || epochDay > LunarTables.MAX_EPOCH_DAY) {
            throw new DateTimeException("Date " + date + " is outside the supported range "
                    + LunarTables.MIN_DATE + " to " + LunarTables.MAX_DATE);
        }
        LunarTables.Months table = LunarTables.months();
        int index = table.monthIndexOfDay(epochDay);
        return new LunarDate(table.lunarYear(index), table.number(index), table.leap(index),
                (int) epochDay - table.startDay(index) + 1, (int) epochDay);
    }

    /**
     * Obtains a lunar date from its text form {@code yyyy-MM-dd}, with {@code L} after the month of a
     * leap month, as produced by {@link #toString()}: {@code 2026-01-01}, {@code 2023-02L-15}.
     *
     * @param text the text, not null
     * @return the lunar date, not null
     * @throws DateTimeParseException if the text does not have that form or names a date that
     *     {@link #of(int, int, boolean, int)} rejects; the message quotes a long text by its first
     *     characters and its length, the exception's parsed string is the whole text
     */
    public static LunarDate parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int length = text.length();
        boolean leap = length == 11 && text.charAt(7) == 'L';
        if ((length != 10 && !leap) || text.charAt(4) != '-' || text.charAt(leap ? 8 : 7) != '-') {
            throw new DateTimeParseException("Text " + quoted(text) + " could not be parsed: expected yyyy-MM-dd, with L"
                    + " after the month of a leap month (2026-01-01, 2023-02L-15)", text, 0);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, leap ? 9 : 8, leap ? 11 : 10);
        try {
            return of(year, month, leap, day);
        } catch (DateTimeException e) {
            throw new DateTimeParseException("Text '" + text + "' could not be parsed: " + e.getMessage(), text, 0, e);
        }
    }

    /**
     * The text as a message quotes it: whole when short, otherwise its beginning and its length
     * ({@code 'aaaa… (1048576 characters)'}), so that a message stays short whatever the text (the
     * whole text is the exception's parsed string).
     */
    private static String quoted(CharSequence text) {
        return "'" + DataFileException.shorten(text.toString(), DataFileException.MAX_EXCERPT) + "'";
    }

    private static int digits(CharSequence text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateTimeParseException("Text '" + text + "' could not be parsed: '" + c + "' at index " + i
                        + " is not a digit", text, i);
            }
            value = value * 10 + c - '0';
        }
        return value;
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the Gregorian date of this lunar date.
     *
     * @return the date, from 1901-01-01 to 2100-12-31
     */
    public LocalDate toLocalDate() {
        return LocalDate.ofEpochDay(epochDay);
    }

    /**
     * Returns the lunar year: the Gregorian year in which that lunar year begins.
     *
     * @return the lunar year, from 1900 to 2100
     */
    public int lunarYear() {
        return lunarYear;
    }

    /**
     * Returns the month number; for a leap month, the number of the month it repeats.
     *
     * @return the month, from 1 to 12
     */
    public int month() {
        return month;
    }

    /**
     * Returns whether this date is in the leap (intercalary) month of its year.
     *
     * @return true in a leap month
     */
    public boolean isLeapMonth() {
        return leapMonth;
    }

    /**
     * Returns the day of the month.
     *
     * @return the day, from 1 to 30
     */
    public int day() {
        return day;
    }

    /**
     * Returns the length of the month of this date.
     *
     * @return 29 or 30
     */
    public int lengthOfMonth() {
        return LunarCalendar.monthLength(lunarYear, month, leapMonth);
    }

    /**
     * Returns whether this date is certain: false when the Gregorian date of this lunar date depends
     * on a new moon computed so close to midnight that the month may begin on the other day (see
     * {@link UncertainMonth}). Every date of such a month is uncertain (its day of the month may be
     * one more or one less), and so is the last day of the month before when the month may begin on
     * that day. Three months of 1901–2100 are uncertain: {@link LunarCalendar#uncertainMonths()}.
     *
     * @return true unless the date depends on an uncertain month
     */
    public boolean isCertain() {
        return uncertainty().isEmpty();
    }

    /**
     * Returns the uncertain month on which this date depends, if any: for 2089-08-15 (2089-09-18),
     * the 8th month of 2089, which begins on 2089-09-04 here but may begin on 2089-09-05, in which
     * case 2089-09-18 would be its 14th day.
     *
     * @return the uncertain month, or empty when this date {@linkplain #isCertain() is certain}
     */
    public Optional<UncertainMonth> uncertainty() {
        return LunarTables.uncertain().ofDay(epochDay);
    }

    //-----------------------------------------------------------------------
    /**
     * Compares this date with another, chronologically.
     *
     * @param other the other date, not null
     * @return negative if this date is earlier, zero if equal, positive if later
     */
    @Override
    public int compareTo(LunarDate other) {
        return Integer.compare(epochDay, other.epochDay);
    }

    /**
     * Returns whether this date is before another.
     *
     * @param other the other date, not null
     * @return true if this date is strictly earlier
     */
    public boolean isBefore(LunarDate other) {
        return epochDay < other.epochDay;
    }

    /**
     * Returns whether this date is after another.
     *
     * @param other the other date, not null
     * @return true if this date is strictly later
     */
    public boolean isAfter(LunarDate other) {
        return epochDay > other.epochDay;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return this == obj || (obj instanceof LunarDate other && epochDay == other.epochDay);
    }

    @Override
    public int hashCode() {
        return epochDay;
    }

    /**
     * Returns the text form {@code yyyy-MM-dd}, with {@code L} after the month of a leap month:
     * {@code 2026-01-01}, {@code 2023-02L-15}. {@link #parse(CharSequence)} reads it back.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return monthText(lunarYear, month, leapMonth) + "-" + twoDigits(day);
    }

    private static String monthText(int year, int month, boolean leap) {
        return year + "-" + twoDigits(month) + (leap ? "L" : "");
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
