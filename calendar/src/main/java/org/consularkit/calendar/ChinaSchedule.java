package org.consularkit.calendar;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.consularkit.calendar.internal.cn.ChinaOccurrences;
import org.consularkit.core.Source;
import org.jspecify.annotations.Nullable;

/**
 * One year's official schedule of China's public holidays, as fixed by the State Council General
 * Office's annual notice (国务院办公厅关于某年部分节假日安排的通知) and any amendment: for each
 * festival, the block of days off and the make-up working days (调休上班).
 *
 * <p>A schedule belongs to the year of its notice; its dates may lie in the year before or after
 * (the 2007 notice made Saturday 2006-12-30 and Sunday 2006-12-31 working days). A block usually
 * has one festival; when Mid-Autumn and National Day share one block of days off (as in 2009, 2012,
 * 2017, 2020, 2023 and 2025) the block names both.
 *
 * <p>A schedule is validated when it is created: the year is within 2000–2100; there is at least
 * one source and one block; every date lies within the year before, the year itself or the year
 * after, and so does the Saturday or Sunday right before or after a block's days off (the
 * festival's occurrence takes it in, see {@link ChinaHolidayCalendar}); no date is listed twice
 * (in one block or two); every make-up working day is a Saturday or Sunday; a festival has at most
 * one block; {@link ChinaPublicHoliday#VICTORY_DAY_2015} appears only in 2015. Schedules are read
 * from files by {@link ChinaScheduleLoader}.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ChinaSchedule {

    /** The first year a schedule can have. */
    public static final int FIRST_YEAR = 2000;
    /** The last year a schedule can have. */
    public static final int LAST_YEAR = 2100;

    private final int year;
    private final ImmutableList<Source> sources;
    private final ImmutableList<Block> blocks;
    private final ImmutableSortedSet<LocalDate> daysOff;
    private final ImmutableSortedSet<LocalDate> makeupWorkdays;

    private ChinaSchedule(int year, ImmutableList<Source> sources, ImmutableList<Block> blocks) {
        this.year = year;
        this.sources = sources;
        this.blocks = blocks;
        this.daysOff = blocks.stream().flatMap(b -> b.daysOff().stream())
                .collect(ImmutableSortedSet.toImmutableSortedSet(LocalDate::compareTo));
        this.makeupWorkdays = blocks.stream().flatMap(b -> b.makeupWorkdays().stream())
                .collect(ImmutableSortedSet.toImmutableSortedSet(LocalDate::compareTo));
    }

    /**
     * Obtains a validated schedule.
     *
     * @param year the year of the notice, from 2000 to 2100
     * @param sources the notices that fix the schedule, most important first, at least one
     * @param blocks the blocks of days off with their make-up working days, at least one; they are
     *     kept in order of their first day off
     * @return the schedule, not null
     * @throws IllegalArgumentException if a rule of the class documentation is broken, e.g. a block
     *     whose first day off, a Monday 2024-01-01, would take in the weekend 2023-12-30/31 in a
     *     schedule of 2025; the message names the year, the rule and the value
     */
    public static ChinaSchedule of(int year, List<Source> sources, List<Block> blocks) {
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(blocks, "blocks");
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("Schedule year must be from " + FIRST_YEAR + " to " + LAST_YEAR
                    + ", but was " + year);
        }
        ImmutableList<Source> src = ImmutableList.copyOf(sources);
        if (src.isEmpty()) {
            throw new IllegalArgumentException("Schedule " + year + " has no source");
        }
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("Schedule " + year + " has no days");
        }
        Map<LocalDate, Block> seen = new HashMap<>();
        Set<ChinaPublicHoliday> festivals = EnumSet.noneOf(ChinaPublicHoliday.class);
        for (Block b : blocks) {
            Objects.requireNonNull(b, "blocks contains null");
            for (ChinaPublicHoliday f : b.festivals()) {
                if (!festivals.add(f)) {
                    throw new IllegalArgumentException("Schedule " + year + ": festival " + f.key()
                            + " has more than one block");
                }
                if (f == ChinaPublicHoliday.VICTORY_DAY_2015 && year != 2015) {
                    throw new IllegalArgumentException("Schedule " + year + ": festival " + f.key()
                            + " exists only in 2015");
                }
            }
            List<LocalDate> dates = new ArrayList<>(b.daysOff());
            dates.addAll(b.makeupWorkdays());
            for (LocalDate d : dates) {
                checkYear(year, d);
                Block other = seen.putIfAbsent(d, b);
                if (other != null) {
                    throw new IllegalArgumentException("Schedule " + year + ": date " + d
                            + " is in two blocks, " + other.keys() + " and " + b.keys());
                }
            }
            LocalDate from = ChinaOccurrences.reachBefore(b.daysOff().first());
            LocalDate to = ChinaOccurrences.reachAfter(b.daysOff().last());
            if (from.getYear() < year - 1 || to.getYear() > year + 1) {
                throw new IllegalArgumentException("Schedule " + year + ": block " + b.keys() + " reaches "
                        + (from.getYear() < year - 1 ? from : to) + " with the weekend next to it, outside the years "
                        + (year - 1) + "-" + (year + 1));
            }
        }
        List<Block> sorted = new ArrayList<>(blocks);
        sorted.sort((a, b) -> a.daysOff().first().compareTo(b.daysOff().first()));
        return new ChinaSchedule(year, src, ImmutableList.copyOf(sorted));
    }

    /**
     * Checks that a date of a schedule lies within the schedule's year or a neighbouring year.
     *
     * @param year the year of the schedule
     * @param date the date, not null
     * @throws IllegalArgumentException if the date is further away
     */
    static void checkYear(int year, LocalDate date) {
        int y = date.getYear();
        if (y < year - 1 || y > year + 1) {
            throw new IllegalArgumentException("Schedule " + year + ": date " + date
                    + " is outside the years " + (year - 1) + "-" + (year + 1));
        }
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the year of the notice.
     *
     * @return the year, from 2000 to 2100
     */
    public int year() {
        return year;
    }

    /**
     * Returns the notices that fix the schedule, e.g. {@code 国务院办公厅关于2026年部分节假日安排的通知}
     * with its URL, followed by any amendment.
     *
     * @return an immutable list, never empty
     */
    public List<Source> sources() {
        return sources;
    }

    /**
     * Returns the blocks, in order of their first day off.
     *
     * @return an immutable list, never empty
     */
    public List<Block> blocks() {
        return blocks;
    }

    /**
     * Returns the block of a festival.
     *
     * @param festival the festival, not null
     * @return the block that names it, or empty
     */
    public Optional<Block> block(ChinaPublicHoliday festival) {
        Objects.requireNonNull(festival, "festival");
        return blocks.stream().filter(b -> b.festivals().contains(festival)).findFirst();
    }

    /**
     * Returns every day off of every block, in order.
     *
     * @return an immutable sorted set, never empty
     */
    public NavigableSet<LocalDate> daysOff() {
        return daysOff;
    }

    /**
     * Returns every make-up working day of every block, in order.
     *
     * @return an immutable sorted set, possibly empty
     */
    public NavigableSet<LocalDate> makeupWorkdays() {
        return makeupWorkdays;
    }

    /**
     * Compares this schedule with an earlier one of the same year, date by date: what a newer
     * notice (or a loaded file) changes in a year that was already official. Each date that is a
     * day off or a make-up working day in either schedule, with a different role or festival, is
     * one change; a block that moved appears as the dates it lost and the dates it gained.
     *
     * <pre>{@code
     * // the 2019 Labour Day amendment, against the schedule of the first 2019 notice
     * amended.changesFrom(original);
     * // [2019-04-28 labour-day: NONE -> MAKEUP_WORKDAY, 2019-05-02 labour-day: NONE -> DAY_OFF, ...]
     * }</pre>
     *
     * @param earlier the schedule to compare with, of the same year, not null
     * @return the changes in date order; empty when the two give every date the same role and
     *     festivals (their sources may differ)
     * @throws IllegalArgumentException if the years differ
     */
    public List<Change> changesFrom(ChinaSchedule earlier) {
        Objects.requireNonNull(earlier, "earlier");
        if (earlier.year != year) {
            throw new IllegalArgumentException("Cannot compare the schedule of " + year + " with one of " + earlier.year);
        }
        Map<LocalDate, Block> before = earlier.byDate();
        Map<LocalDate, Block> after = byDate();
        NavigableSet<LocalDate> dates = new TreeSet<>(before.keySet());
        dates.addAll(after.keySet());
        List<Change> out = new ArrayList<>();
        for (LocalDate d : dates) {
            Block b = before.get(d);
            Block a = after.get(d);
            DayRole rb = role(b, d);
            DayRole ra = role(a, d);
            List<ChinaPublicHoliday> fb = b == null ? List.of() : b.festivals();
            List<ChinaPublicHoliday> fa = a == null ? List.of() : a.festivals();
            if (rb != ra || !fb.equals(fa)) {
                out.add(new Change(d, rb, ra, fb, fa));
            }
        }
        return List.copyOf(out);
    }

    private Map<LocalDate, Block> byDate() {
        Map<LocalDate, Block> out = new HashMap<>();
        for (Block b : blocks) {
            b.daysOff().forEach(d -> out.put(d, b));
            b.makeupWorkdays().forEach(d -> out.put(d, b));
        }
        return out;
    }

    private static DayRole role(@Nullable Block b, LocalDate d) {
        if (b == null) {
            return DayRole.NONE;
        }
        return b.daysOff().contains(d) ? DayRole.DAY_OFF : DayRole.MAKEUP_WORKDAY;
    }

    /**
     * The role a schedule gives a date.
     *
     * @since 0.1
     */
    public enum DayRole {
        /** Neither a day off nor a make-up working day of the schedule. */
        NONE,
        /** A day off of a block. */
        DAY_OFF,
        /** A make-up working day (调休上班) of a block. */
        MAKEUP_WORKDAY
    }

    /**
     * One date whose role or festival differs between two schedules of a year (see {@link
     * #changesFrom(ChinaSchedule)}).
     *
     * <h2>Implementation Requirements</h2>
     * This record is immutable and thread-safe.
     *
     * @param date the date, not null
     * @param before its role in the earlier schedule, not null
     * @param after its role in the later schedule, not null
     * @param festivalsBefore the festivals of its block in the earlier schedule, empty for {@link
     *     DayRole#NONE}
     * @param festivalsAfter the festivals of its block in the later schedule, empty for {@link
     *     DayRole#NONE}
     * @since 0.1
     */
    public record Change(LocalDate date, DayRole before, DayRole after, List<ChinaPublicHoliday> festivalsBefore,
            List<ChinaPublicHoliday> festivalsAfter) {

        /**
         * Validates and copies the fields.
         */
        public Change {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            festivalsBefore = List.copyOf(festivalsBefore);
            festivalsAfter = List.copyOf(festivalsAfter);
        }

        /**
         * Tells whether the date is new to the later schedule: {@code before} is {@link
         * DayRole#NONE}.
         *
         * @return true for an added date
         */
        public boolean isAdded() {
            return before == DayRole.NONE;
        }

        /**
         * Tells whether the later schedule no longer lists the date: {@code after} is {@link
         * DayRole#NONE}.
         *
         * @return true for a removed date
         */
        public boolean isRemoved() {
            return after == DayRole.NONE;
        }

        /**
         * Returns the change in words, e.g. {@code "2019-05-02 labour-day: NONE -> DAY_OFF"} or
         * {@code "2020-02-01 spring-festival: MAKEUP_WORKDAY -> DAY_OFF"}.
         *
         * @return the text, not null
         */
        @Override
        public String toString() {
            List<ChinaPublicHoliday> f = festivalsAfter.isEmpty() ? festivalsBefore : festivalsAfter;
            String keys = f.stream().map(ChinaPublicHoliday::key).collect(Collectors.joining(","));
            String moved = !festivalsBefore.isEmpty() && !festivalsAfter.isEmpty() && !festivalsBefore.equals(festivalsAfter)
                    ? " (was " + festivalsBefore.stream().map(ChinaPublicHoliday::key).collect(Collectors.joining(","))
                            + ")" : "";
            return date + " " + keys + ": " + before + " -> " + after + moved;
        }
    }

    //-----------------------------------------------------------------------
    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof ChinaSchedule other
                && year == other.year
                && sources.equals(other.sources)
                && blocks.equals(other.blocks);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, sources, blocks);
    }

    /**
     * Returns a readable summary, e.g. {@code "ChinaSchedule[2026: new-years-day 2026-01-01/2026-01-03
     * work 2026-01-04; ...]"}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "ChinaSchedule[" + year + ": "
                + blocks.stream().map(Block::toString).collect(Collectors.joining("; ")) + "]";
    }

    //-----------------------------------------------------------------------
    /**
     * One block of a schedule: the festival(s) it is for, its days off and its make-up working
     * days.
     *
     * <h2>Implementation Requirements</h2>
     * This record is immutable and thread-safe.
     *
     * @param festivals the festivals, at least one, without duplicates; kept in enum order
     * @param daysOff the days off, at least one; kept as an immutable sorted set
     * @param makeupWorkdays the make-up working days, each a Saturday or Sunday and none a day off;
     *     kept as an immutable sorted set, possibly empty
     * @since 0.1
     */
    public record Block(List<ChinaPublicHoliday> festivals, NavigableSet<LocalDate> daysOff,
            NavigableSet<LocalDate> makeupWorkdays) {

        /**
         * Validates and copies the fields.
         *
         * @throws IllegalArgumentException if there is no festival or no day off, a festival is
         *     listed twice, a make-up working day is not a Saturday or Sunday, or a date is both a
         *     day off and a make-up working day
         */
        public Block {
            Objects.requireNonNull(festivals, "festivals");
            Objects.requireNonNull(daysOff, "daysOff");
            Objects.requireNonNull(makeupWorkdays, "makeupWorkdays");
            if (festivals.isEmpty()) {
                throw new IllegalArgumentException("Block has no festival");
            }
            Set<ChinaPublicHoliday> set = EnumSet.noneOf(ChinaPublicHoliday.class);
            for (ChinaPublicHoliday f : festivals) {
                if (!set.add(Objects.requireNonNull(f, "festivals contains null"))) {
                    throw new IllegalArgumentException("Block lists festival " + f.key() + " twice");
                }
            }
            festivals = List.copyOf(set);
            daysOff = ImmutableSortedSet.copyOf(daysOff);
            makeupWorkdays = ImmutableSortedSet.copyOf(makeupWorkdays);
            String keys = festivals.stream().map(ChinaPublicHoliday::key).collect(Collectors.joining(","));
            if (daysOff.isEmpty()) {
                throw new IllegalArgumentException("Block " + keys + " has no day off");
            }
            for (LocalDate d : makeupWorkdays) {
                DayOfWeek dow = d.getDayOfWeek();
                if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                    throw new IllegalArgumentException("Block " + keys + ": make-up working day " + d
                            + " is a " + dow + ", not a Saturday or Sunday");
                }
                if (daysOff.contains(d)) {
                    throw new IllegalArgumentException("Block " + keys + ": date " + d
                            + " is both a day off and a make-up working day");
                }
            }
        }

        /**
         * Obtains a block from collections in any order.
         *
         * @param festivals the festivals, at least one, not null
         * @param daysOff the days off, at least one, not null
         * @param makeupWorkdays the make-up working days, possibly empty, not null
         * @return the block, not null
         * @throws IllegalArgumentException if a rule of the canonical constructor is broken
         */
        public static Block of(Collection<ChinaPublicHoliday> festivals, Collection<LocalDate> daysOff,
                Collection<LocalDate> makeupWorkdays) {
            return new Block(List.copyOf(festivals), new TreeSet<>(daysOff), new TreeSet<>(makeupWorkdays));
        }

        /**
         * Obtains a block of one festival.
         *
         * @param festival the festival, not null
         * @param daysOff the days off, at least one, not null
         * @param makeupWorkdays the make-up working days, possibly empty, not null
         * @return the block, not null
         * @throws IllegalArgumentException if a rule of the canonical constructor is broken
         */
        public static Block of(ChinaPublicHoliday festival, Collection<LocalDate> daysOff,
                Collection<LocalDate> makeupWorkdays) {
            return of(List.of(Objects.requireNonNull(festival, "festival")), daysOff, makeupWorkdays);
        }

        private String keys() {
            return festivals.stream().map(ChinaPublicHoliday::key).collect(Collectors.joining(","));
        }

        /**
         * Returns the festival keys, the days off as ranges and the make-up working days, e.g.
         * {@code "new-years-day 2026-01-01/2026-01-03 work 2026-01-04"}.
         *
         * @return the summary, not null
         */
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(keys()).append(' ');
            @Nullable LocalDate start = null;
            @Nullable LocalDate prev = null;
            List<String> runs = new ArrayList<>();
            for (LocalDate d : daysOff) {
                if (prev == null || !d.equals(prev.plusDays(1))) {
                    if (start != null) {
                        runs.add(start.equals(prev) ? start.toString() : start + "/" + prev);
                    }
                    start = d;
                }
                prev = d;
            }
            runs.add(Objects.requireNonNull(start).equals(prev) ? start.toString() : start + "/" + prev);
            sb.append(String.join(",", runs));
            if (!makeupWorkdays.isEmpty()) {
                sb.append(" work ").append(makeupWorkdays.stream().map(LocalDate::toString)
                        .collect(Collectors.joining(",")));
            }
            return sb.toString();
        }
    }
}
