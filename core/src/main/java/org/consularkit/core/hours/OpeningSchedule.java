package org.consularkit.core.hours;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableRangeSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;
import com.google.common.collect.TreeRangeSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The rules of opening hours, without a time zone or a holiday calendar: a weekly schedule of
 * half-open {@linkplain TimeWindow time windows} per day of the week, whether public holidays
 * close, and per-date exceptions. {@link OpeningHours} applies a schedule in a zone with a
 * calendar.
 *
 * <h2>Text form</h2>
 * The text form is a subset of the OpenStreetMap {@code opening_hours} syntax, for example {@code
 * Mo-Fr 08:00-17:00; PH off} or {@code Mo,Tu,Th 13:00-16:00; PH off; 2026 Dec 24 13:00-14:00}. The
 * grammar (ABNF; {@code SP} is one or more spaces, {@code ";"} may have spaces around it):
 * <pre>
 * schedule  = weekly [ ";" "PH off" ] *( ";" date-rule )
 * weekly    = "off" / weekday-rule *( ";" weekday-rule )
 * weekday-rule = days SP ( windows / "off" )
 * days      = day-span *( "," day-span )
 * day-span  = day [ "-" day ]        ; a span may wrap: Sa-Mo is Sa,Su,Mo
 * day       = "Mo" / "Tu" / "We" / "Th" / "Fr" / "Sa" / "Su"
 * windows   = window *( "," window )
 * window    = time "-" time          ; half-open, end after start, no wrap past midnight
 * time      = 2DIGIT ":" 2DIGIT      ; 00:00 to 23:59, or 24:00 as an end
 * date-rule = year SP month SP 1*2DIGIT SP ( windows / "off" )
 * year      = 4DIGIT                 ; 0000 to 9999
 * month     = "Jan" / "Feb" / "Mar" / "Apr" / "May" / "Jun" / "Jul" / "Aug" / "Sep" / "Oct" / "Nov" / "Dec"
 * </pre>
 * The weekly part may be left out (every day of the week is then closed), as in {@code 2026 Dec 24
 * 09:00-12:00}. The meaning is OpenStreetMap's: a day not named is closed; a later weekday rule replaces the
 * windows of the days it names ({@code Mo-Fr 08:00-17:00; We 08:00-12:00}); {@code PH off} closes on
 * public holidays; a date rule replaces everything else on that date, holidays included. An
 * nth-weekday rule replaces the weekly windows of its day of the week on the nth such day of each
 * month ({@code Fr[2,4] 13:00-16:00}: the second and fourth Friday; the nth day is the one whose day
 * of the month is from {@code 7n-6} to {@code 7n}), and, like the weekly windows, is closed by {@code
 * PH off}; it comes after the plain weekday rules, names one day, and a later nth-weekday rule
 * replaces an earlier one for the nths it names. Windows of one day that touch or overlap are
 * merged. Anything else of the OpenStreetMap syntax (month ranges, week numbers, nths counted from
 * the end of the month such as {@code Fr[-1]}, {@code SH}, comments, {@code 24/7}, times past
 * midnight, rules out of the order above) is rejected with a {@link DateTimeParseException} that gives the text and the index
 * of the first character that does not fit.
 *
 * <p>{@link #toString()} prints the canonical form: the weekday rules grouped by identical windows
 * in weekday order (three or more consecutive days as a span {@code Mo-Fr}, otherwise a list {@code
 * Mo,Tu,Th}), then the nth-weekday rules in weekday order, each grouping the nths of one day with
 * identical windows (three or more consecutive nths as a span {@code Fr[1-3]}, otherwise a list
 * {@code Fr[2,4]}), then {@code PH off}, then the date rules in date order, their years with four
 * digits ({@code 0999 Jan 01 off}). Date rules are for the years 0000 to 9999, the years of the
 * four-digit text form; the {@link Builder} rejects other years. {@code parse(s.toString())} equals
 * {@code s} for every schedule, and {@code parse(t).toString()} equals {@code t} for every text
 * already in canonical form.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe; treat it as a value type.
 *
 * @since 0.1
 */
public final class OpeningSchedule {

    private final ImmutableList<ImmutableRangeSet<Integer>> weekly;
    private final boolean closedOnPublicHolidays;
    private final ImmutableSortedMap<LocalDate, ImmutableRangeSet<Integer>> dates;
    /**
     * The nth-weekday rules, keyed by {@link #nthKey(DayOfWeek, int)}: day of the week and nth of the
     * month.
     */
    private final ImmutableSortedMap<Integer, ImmutableRangeSet<Integer>> nths;
    /** The windows of {@link #weekly}, by day-of-week ordinal, computed once. */
    private final ImmutableList<ImmutableList<TimeWindow>> weeklyWindows;
    /** The canonical text, computed once. */
    private final String text;

    private OpeningSchedule(ImmutableList<ImmutableRangeSet<Integer>> weekly,
            ImmutableSortedMap<Integer, ImmutableRangeSet<Integer>> nths, boolean closedOnPublicHolidays,
            ImmutableSortedMap<LocalDate, ImmutableRangeSet<Integer>> dates) {
        this.weekly = weekly;
        this.nths = nths;
        this.closedOnPublicHolidays = closedOnPublicHolidays;
        this.dates = dates;
        ImmutableList.Builder<ImmutableList<TimeWindow>> ww = ImmutableList.builderWithExpectedSize(7);
        weekly.forEach(r -> ww.add(toWindows(r)));
        this.weeklyWindows = ww.build();
        this.text = text(weekly, nths, closedOnPublicHolidays, dates);
    }

    /**
     * Starts building a schedule; every day is closed until a rule opens it.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains a schedule from its text form (see the class documentation for the grammar), e.g.
     * {@code Mo,Tu,Th 13:00-16:00; PH off}.
     *
     * @param text the text, not null
     * @return the schedule, not null
     * @throws DateTimeParseException if the text is outside the supported subset; the message
     *     gives the text (a text longer than 200 characters by the 60 characters on each side of the
     *     index and its length, so that the message stays short), the index and what was expected there
     */
    public static OpeningSchedule parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return new OpeningScheduleParser(text.toString()).schedule();
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the weekly windows of a day of the week, in order, without overlaps. On particular
     * dates an {@linkplain #nthWeekdayRule(DayOfWeek, int) nth-weekday rule} or a {@linkplain
     * #dateRule(LocalDate) date rule} replaces them; {@link #windows(LocalDate)} applies both.
     *
     * @param day the day of the week, not null
     * @return an immutable list, empty when the day is closed
     */
    public List<TimeWindow> windows(DayOfWeek day) {
        Objects.requireNonNull(day, "day");
        return weeklyWindows.get(day.getValue() - 1);
    }

    /**
     * Returns the windows that apply to a date before holidays are considered: the date rule for
     * that date if there is one, otherwise the nth-weekday rule of its day of the week and its nth
     * in the month if there is one, otherwise the weekly windows of its day of the week.
     *
     * @param date the date, not null
     * @return an immutable list in order, empty when closed
     */
    public List<TimeWindow> windows(LocalDate date) {
        Objects.requireNonNull(date, "date");
        ImmutableRangeSet<Integer> exception = dates.get(date);
        if (exception != null) {
            return toWindows(exception);
        }
        ImmutableRangeSet<Integer> nth = nths.isEmpty() ? null : nths.get(nthKey(date));
        return nth != null ? toWindows(nth) : weeklyWindows.get(date.getDayOfWeek().getValue() - 1);
    }

    ImmutableRangeSet<Integer> rangeSet(LocalDate date) {
        Objects.requireNonNull(date, "date");
        ImmutableRangeSet<Integer> exception = dates.get(date);
        if (exception != null) {
            return exception;
        }
        ImmutableRangeSet<Integer> nth = nths.isEmpty() ? null : nths.get(nthKey(date));
        return nth != null ? nth : weekly.get(date.getDayOfWeek().getValue() - 1);
    }

    /**
     * Returns the windows of the nth-weekday rule of a day of the week and an nth of the month, e.g.
     * {@code Fr[2,4] 13:00-16:00} gives {@code [13:00-16:00]} for Friday and 2.
     *
     * @param day the day of the week, not null
     * @param nth which such day of the month, from 1 to 5
     * @return the windows (an empty list for a rule that closes those days), or empty when no
     *     nth-weekday rule names that day and nth
     * @throws IllegalArgumentException if {@code nth} is not from 1 to 5
     */
    public Optional<List<TimeWindow>> nthWeekdayRule(DayOfWeek day, int nth) {
        Objects.requireNonNull(day, "day");
        ImmutableRangeSet<Integer> r = nths.get(nthKey(day, nth));
        return r == null ? Optional.empty() : Optional.of(toWindows(r));
    }

    /**
     * Tells whether the schedule has an nth-weekday rule such as {@code Fr[2,4] 13:00-16:00}.
     *
     * @return true if some day of the week has an nth-weekday rule
     */
    public boolean hasNthWeekdayRules() {
        return !nths.isEmpty();
    }

    /**
     * Returns which such day of its month a date is: 1 for days 1 to 7, 2 for days 8 to 14, and so
     * on up to 5 (the {@code n} of {@code Fr[n]}).
     *
     * @param date the date, not null
     * @return the nth, from 1 to 5
     */
    public static int nthOfMonth(LocalDate date) {
        return (date.getDayOfMonth() - 1) / 7 + 1;
    }

    private static int nthKey(LocalDate date) {
        return (date.getDayOfWeek().getValue() - 1) * 5 + nthOfMonth(date) - 1;
    }

    static int nthKey(DayOfWeek day, int nth) {
        if (nth < 1 || nth > 5) {
            throw new IllegalArgumentException("The nth day of the week in a month must be from 1 to 5, but was " + nth);
        }
        return (day.getValue() - 1) * 5 + nth - 1;
    }

    /**
     * Tells whether the schedule closes on public holidays ({@code PH off}).
     *
     * @return true if public holidays close
     */
    public boolean closedOnPublicHolidays() {
        return closedOnPublicHolidays;
    }

    /**
     * Returns the date rule of a date, if there is one.
     *
     * @param date the date, not null
     * @return the windows of that date (empty list for a date closed all day), or empty when the
     *     date has no rule of its own
     */
    public Optional<List<TimeWindow>> dateRule(LocalDate date) {
        Objects.requireNonNull(date, "date");
        ImmutableRangeSet<Integer> exception = dates.get(date);
        return exception == null ? Optional.empty() : Optional.of(toWindows(exception));
    }

    /**
     * Tells whether a date has a rule of its own, which replaces the weekly windows and the
     * holiday rule on that date.
     *
     * @param date the date, not null
     * @return true if the date has a date rule
     */
    public boolean hasDateRule(LocalDate date) {
        return dates.containsKey(Objects.requireNonNull(date, "date"));
    }

    /**
     * Returns every date rule, in date order.
     *
     * @return an immutable sorted map from date to windows (empty for a closed date)
     */
    public NavigableMap<LocalDate, List<TimeWindow>> dateRules() {
        ImmutableSortedMap.Builder<LocalDate, List<TimeWindow>> out = ImmutableSortedMap.naturalOrder();
        dates.forEach((d, r) -> out.put(d, toWindows(r)));
        return out.build();
    }

    /**
     * Tells whether no recurring rule opens: no day of the week has a weekly window and no
     * nth-weekday rule has one (only date rules can open).
     *
     * @return true if the weekly schedule and the nth-weekday rules are closed every day
     */
    public boolean isWeeklyClosed() {
        return weekly.stream().allMatch(ImmutableRangeSet::isEmpty)
                && nths.values().stream().allMatch(ImmutableRangeSet::isEmpty);
    }

    /**
     * Returns a copy with a date rule added or replaced.
     *
     * @param date the date, in the years 0000 to 9999 of the text form, not null
     * @param windows the windows of that date, none to close it all day
     * @return a new schedule, not null
     * @throws IllegalArgumentException if the year of the date is not from 0 to 9999
     */
    public OpeningSchedule withDateRule(LocalDate date, List<TimeWindow> windows) {
        Builder b = toBuilder();
        b.onDate(date, windows);
        return b.build();
    }

    /**
     * Returns a builder initialised with the rules of this schedule.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        for (DayOfWeek d : DayOfWeek.values()) {
            b.weekly.put(d, TreeRangeSet.create(weekly.get(d.getValue() - 1)));
        }
        nths.forEach((k, r) -> b.nths.put(k, TreeRangeSet.create(r)));
        b.closedOnPublicHolidays = closedOnPublicHolidays;
        dates.forEach((d, r) -> b.dates.put(d, TreeRangeSet.create(r)));
        return b;
    }

    static ImmutableList<TimeWindow> toWindows(RangeSet<Integer> set) {
        ImmutableList.Builder<TimeWindow> out = ImmutableList.builder();
        for (Range<Integer> r : set.asRanges()) {
            out.add(TimeWindow.ofMinutes(r.lowerEndpoint(), r.upperEndpoint()));
        }
        return out.build();
    }

    //-----------------------------------------------------------------------
    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof OpeningSchedule o
                && closedOnPublicHolidays == o.closedOnPublicHolidays
                && weekly.equals(o.weekly)
                && nths.equals(o.nths)
                && dates.equals(o.dates);
    }

    @Override
    public int hashCode() {
        return Objects.hash(weekly, nths, closedOnPublicHolidays, dates);
    }

    /**
     * Returns the canonical text form (see the class documentation), accepted by {@link
     * #parse(CharSequence)}, e.g. {@code Mo,Tu,Th 13:00-16:00; PH off}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return text;
    }

    private static String text(List<ImmutableRangeSet<Integer>> weekly,
            NavigableMap<Integer, ImmutableRangeSet<Integer>> nths, boolean closedOnPublicHolidays,
            NavigableMap<LocalDate, ImmutableRangeSet<Integer>> dates) {
        List<String> rules = new ArrayList<>();
        boolean[] done = new boolean[7];
        for (int i = 0; i < 7; i++) {
            if (done[i] || weekly.get(i).isEmpty()) {
                continue;
            }
            boolean[] group = new boolean[7];
            for (int j = i; j < 7; j++) {
                if (weekly.get(j).equals(weekly.get(i))) {
                    group[j] = true;
                    done[j] = true;
                }
            }
            rules.add(days(group) + " " + windowsText(weekly.get(i)));
        }
        for (int day = 0; day < 7; day++) {
            boolean[] grouped = new boolean[5];
            for (int i = 0; i < 5; i++) {
                ImmutableRangeSet<Integer> r = nths.get(day * 5 + i);
                if (grouped[i] || r == null) {
                    continue;
                }
                boolean[] group = new boolean[5];
                for (int j = i; j < 5; j++) {
                    if (r.equals(nths.get(day * 5 + j))) {
                        group[j] = true;
                        grouped[j] = true;
                    }
                }
                rules.add(OpeningScheduleParser.DAYS[day] + "[" + nthList(group) + "] "
                        + (r.isEmpty() ? "off" : windowsText(r)));
            }
        }
        if (rules.isEmpty()) {
            rules.add("off");
        }
        if (closedOnPublicHolidays) {
            rules.add("PH off");
        }
        dates.forEach((d, r) -> rules.add(year(d.getYear()) + " " + OpeningScheduleParser.MONTHS[d.getMonthValue() - 1]
                + " " + (d.getDayOfMonth() < 10 ? "0" : "") + d.getDayOfMonth() + " "
                + (r.isEmpty() ? "off" : windowsText(r))));
        return String.join("; ", rules);
    }

    /** Returns a year from 0 to 9999 with four digits. */
    private static String year(int year) {
        String digits = Integer.toString(year);
        return "0000".substring(digits.length()) + digits;
    }

    /** Returns the nths of a group, e.g. {@code 2,4} or {@code 1-3}. */
    private static String nthList(boolean[] group) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < group.length) {
            if (!group[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < group.length && group[j + 1]) {
                j++;
            }
            if (j - i >= 2) {
                parts.add((i + 1) + "-" + (j + 1));
            } else {
                for (int k = i; k <= j; k++) {
                    parts.add(Integer.toString(k + 1));
                }
            }
            i = j + 1;
        }
        return String.join(",", parts);
    }

    private static String days(boolean[] group) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < 7) {
            if (!group[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < 7 && group[j + 1]) {
                j++;
            }
            if (j - i >= 2) {
                parts.add(OpeningScheduleParser.DAYS[i] + "-" + OpeningScheduleParser.DAYS[j]);
            } else {
                for (int k = i; k <= j; k++) {
                    parts.add(OpeningScheduleParser.DAYS[k]);
                }
            }
            i = j + 1;
        }
        return String.join(",", parts);
    }

    private static String windowsText(RangeSet<Integer> set) {
        List<String> parts = new ArrayList<>();
        for (TimeWindow w : toWindows(set)) {
            parts.add(w.toString());
        }
        return String.join(",", parts);
    }

    //-----------------------------------------------------------------------
    /**
     * Builds an {@link OpeningSchedule}. Rules apply in the order given: a later weekday rule
     * replaces the windows of the days it names (and their nth-weekday rules), a later
     * nth-weekday rule replaces an earlier one for the same day and nth, a later date rule replaces
     * an earlier one for the same date. Windows of one day that touch or overlap are merged. Not
     * thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder {
        private final Map<DayOfWeek, RangeSet<Integer>> weekly = new EnumMap<>(DayOfWeek.class);
        private final Map<Integer, RangeSet<Integer>> nths = new TreeMap<>();
        private boolean closedOnPublicHolidays;
        private final Map<LocalDate, RangeSet<Integer>> dates = new TreeMap<>();

        private Builder() {
            for (DayOfWeek d : DayOfWeek.values()) {
                weekly.put(d, TreeRangeSet.create());
            }
        }

        /**
         * Opens days of the week during windows, replacing their earlier windows.
         *
         * @param days the days, not empty
         * @param windows the windows, not empty
         * @return this builder
         * @throws IllegalArgumentException if no day or no window is given
         */
        @CanIgnoreReturnValue
        public Builder on(Collection<DayOfWeek> days, List<TimeWindow> windows) {
            Objects.requireNonNull(days, "days");
            if (days.isEmpty()) {
                throw new IllegalArgumentException("A weekday rule needs at least one day");
            }
            RangeSet<Integer> set = rangeSetOf(windows);
            if (set.isEmpty()) {
                throw new IllegalArgumentException("A weekday rule needs at least one window; use closed(...) to close days");
            }
            for (DayOfWeek d : days) {
                weekly.put(Objects.requireNonNull(d, "days contains null"), TreeRangeSet.create(set));
                clearNths(d);
            }
            return this;
        }

        private void clearNths(DayOfWeek d) {
            for (int n = 1; n <= 5; n++) {
                nths.remove(nthKey(d, n));
            }
        }

        /**
         * Gives the nth days of the week of each month their own windows, e.g. the second and fourth
         * Friday ({@code Fr[2,4] 13:00-16:00}), replacing the weekly windows of the day on those
         * dates and an earlier nth-weekday rule for the same nths.
         *
         * @param day the day of the week, not null
         * @param nth which such days of the month, each from 1 to 5, at least one
         * @param windows the windows, none to close those days all day
         * @return this builder
         * @throws IllegalArgumentException if no nth is given or one is not from 1 to 5
         */
        @CanIgnoreReturnValue
        public Builder onNthWeekday(DayOfWeek day, Collection<Integer> nth, List<TimeWindow> windows) {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(nth, "nth");
            if (nth.isEmpty()) {
                throw new IllegalArgumentException("An nth-weekday rule needs at least one nth from 1 to 5");
            }
            List<Integer> keys = new ArrayList<>();
            for (Integer n : nth) {
                keys.add(nthKey(day, Objects.requireNonNull(n, "nth contains null")));
            }
            RangeSet<Integer> set = rangeSetOf(windows);
            keys.forEach(k -> nths.put(k, TreeRangeSet.create(set)));
            return this;
        }

        /**
         * Opens one day of the week during windows, replacing its earlier windows.
         *
         * @param day the day, not null
         * @param windows the windows, at least one
         * @return this builder
         * @throws IllegalArgumentException if no window is given
         */
        @CanIgnoreReturnValue
        public Builder on(DayOfWeek day, TimeWindow... windows) {
            return on(List.of(Objects.requireNonNull(day, "day")), Arrays.asList(windows));
        }

        /**
         * Closes days of the week all day (they are closed unless a rule opened them), with their
         * nth-weekday rules.
         *
         * @param days the days, not null
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder closed(DayOfWeek... days) {
            for (DayOfWeek d : days) {
                weekly.put(Objects.requireNonNull(d, "days contains null"), TreeRangeSet.create());
                clearNths(d);
            }
            return this;
        }

        /**
         * Closes on public holidays ({@code PH off}): the days of the calendar whose type is a day
         * off other than a weekend (see {@link OpeningHours}).
         *
         * @return this builder
         */
        @CanIgnoreReturnValue
        public Builder closedOnPublicHolidays() {
            this.closedOnPublicHolidays = true;
            return this;
        }

        /**
         * Gives a date its own windows, replacing the weekly windows and the holiday rule on that
         * date.
         *
         * @param date the date, in the years 0000 to 9999 of the text form, not null
         * @param windows the windows, none to close the date all day
         * @return this builder
         * @throws IllegalArgumentException if the year of the date is not from 0 to 9999
         */
        @CanIgnoreReturnValue
        public Builder onDate(LocalDate date, List<TimeWindow> windows) {
            Objects.requireNonNull(date, "date");
            if (date.getYear() < 0 || date.getYear() > 9999) {
                throw new IllegalArgumentException("A date rule must be in the years 0000 to 9999 (four digits in the"
                        + " text form), but was " + date);
            }
            dates.put(date, rangeSetOf(windows));
            return this;
        }

        /**
         * Closes a date all day, whatever the weekly windows and the holiday calendar say.
         *
         * @param date the date, in the years 0000 to 9999 of the text form, not null
         * @return this builder
         * @throws IllegalArgumentException if the year of the date is not from 0 to 9999
         */
        @CanIgnoreReturnValue
        public Builder closedOnDate(LocalDate date) {
            return onDate(date, List.of());
        }

        private static RangeSet<Integer> rangeSetOf(List<TimeWindow> windows) {
            Objects.requireNonNull(windows, "windows");
            RangeSet<Integer> set = TreeRangeSet.create();
            for (TimeWindow w : windows) {
                Objects.requireNonNull(w, "windows contains null");
                set.add(Range.closedOpen(w.startMinute(), w.endMinute()));
            }
            return set;
        }

        /**
         * Builds the schedule.
         *
         * @return the schedule, not null
         */
        public OpeningSchedule build() {
            ImmutableList.Builder<ImmutableRangeSet<Integer>> w = ImmutableList.builder();
            for (DayOfWeek d : DayOfWeek.values()) {
                w.add(ImmutableRangeSet.copyOf(Objects.requireNonNull(weekly.get(d), "weekly")));
            }
            ImmutableSortedMap.Builder<Integer, ImmutableRangeSet<Integer>> ns = ImmutableSortedMap.naturalOrder();
            nths.forEach((k, r) -> ns.put(k, ImmutableRangeSet.copyOf(r)));
            ImmutableSortedMap.Builder<LocalDate, ImmutableRangeSet<Integer>> ds = ImmutableSortedMap.naturalOrder();
            dates.forEach((d, r) -> ds.put(d, ImmutableRangeSet.copyOf(r)));
            return new OpeningSchedule(w.build(), ns.build(), closedOnPublicHolidays, ds.build());
        }
    }
}
