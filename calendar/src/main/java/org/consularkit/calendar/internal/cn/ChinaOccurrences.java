package org.consularkit.calendar.internal.cn;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.consularkit.calendar.ChinaPublicHoliday;
import org.consularkit.calendar.ChinaSchedule;
import org.consularkit.calendar.lunar.LunarFestival;
import org.consularkit.calendar.lunar.UncertainMonth;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;
import org.consularkit.core.calendar.DayType;
import org.consularkit.core.calendar.Holiday;
import org.consularkit.core.calendar.HolidayStatus;
import org.jspecify.annotations.Nullable;

/**
 * Turns a year of China's public holidays into {@link Holiday} occurrences, one per festival.
 *
 * <h2>Official years</h2>
 * From a {@link ChinaSchedule}. The type of a date touched by an occurrence is a function of the
 * date alone: a make-up working day of the schedule is {@link DayType#MAKEUP_WORKDAY}; a statutory
 * day (or the one-off Victory Day of 2015-09-03) that is a day off is {@link
 * DayType#PUBLIC_HOLIDAY}, even on a Saturday or Sunday; any other weekday off is {@link
 * DayType#REST_DAY}; any other Saturday or Sunday is {@link DayType#WEEKEND}.
 *
 * <p>An occurrence contains the days off of its festival's block, the Saturdays and Sundays inside
 * the block and those directly adjoining it (the weekend right before or after it, never a make-up
 * working day nor a day off of another block), its statutory days that fall on a Saturday or Sunday
 * even when the schedule does not list them, and the block's make-up working days. The answer thus
 * does not depend on whether a source lists a weekend day next to a block.
 *
 * <p>A block shared by several festivals (Mid-Autumn and National Day in 2009, 2012, 2017, 2020,
 * 2023, 2025) is split: each statutory day goes to its festival (to both when they coincide, as
 * Mid-Autumn and National Day on 2020-10-01); the block's make-up working days and every other date
 * go to its <em>principal</em> festival (the one with most statutory days, National Day), except
 * dates before the principal's first statutory day, which go to the festival whose statutory day
 * precedes them (2023-09-30 goes with Mid-Autumn 2023-09-29).
 *
 * <h2>Provisional years</h2>
 * The statutory days of the regulation in force are {@link DayType#PUBLIC_HOLIDAY}, also on a
 * Saturday or Sunday. Each statutory day that falls on a Saturday or Sunday gives a {@link
 * DayType#REST_DAY} on the next working day that is not already a holiday (Art. 6, 补假), handled in
 * date order. A statutory day that coincides with another festival's (Mid-Autumn on October 1–3) is
 * made up the same way by the lunar festival, as the 2020 notice did (eight days off for eleven
 * statutory days that year): so every provisional year has exactly as many weekday days off as
 * statutory days. Weekends inside or adjoining a festival's days belong to it, as in official
 * years. No make-up working days are invented. A festival whose lunar month begins with a new moon
 * computed too close to midnight to be sure of its day ({@link LunarFestival#uncertainty(int)}: the
 * Mid-Autumn Festival of 2089) carries one more {@link SourceType#DERIVED_RULE} source that says so
 * in plain words, with the other date.
 */
public final class ChinaOccurrences {

    private ChinaOccurrences() {
    }

    /** A block of days off being turned into occurrences. */
    private record Block(List<ChinaPublicHoliday> festivals, NavigableSet<LocalDate> daysOff,
            NavigableSet<LocalDate> makeupWorkdays) {
    }

    /**
     * Returns the days a festival is off by law or decision in a year: its statutory days, and
     * 2015-09-03 for {@link ChinaPublicHoliday#VICTORY_DAY_2015} in 2015.
     *
     * @param festival the festival, not null
     * @param year the year, from 2000 to 2100
     * @return an immutable list, possibly empty
     */
    public static List<LocalDate> holidayDays(ChinaPublicHoliday festival, int year) {
        if (festival == ChinaPublicHoliday.VICTORY_DAY_2015) {
            return year == 2015 ? List.of(LocalDate.of(2015, Month.SEPTEMBER, 3)) : List.of();
        }
        return festival.statutoryDays(year);
    }

    /**
     * Returns the occurrences of an official year.
     *
     * @param schedule the schedule, not null
     * @param allMakeupWorkdays the make-up working days of every official schedule of the calendar,
     *     so that no weekend of this year is given to a festival on another year's make-up day
     * @return the occurrences, one per festival with a date
     */
    public static List<Holiday> official(ChinaSchedule schedule, Set<LocalDate> allMakeupWorkdays) {
        return official(schedule, allMakeupWorkdays, HolidayStatus.OFFICIAL);
    }

    private static List<Holiday> official(ChinaSchedule schedule, Set<LocalDate> allMakeupWorkdays,
            HolidayStatus status) {
        int year = schedule.year();
        ChinaRegulation regulation = ChinaRegulation.of(year);
        Map<ChinaPublicHoliday, List<LocalDate>> holidayDays = new EnumMap<>(ChinaPublicHoliday.class);
        for (ChinaPublicHoliday f : ChinaPublicHoliday.values()) {
            if (f.isStatutory() || schedule.block(f).isPresent()) {
                List<LocalDate> days = holidayDays(f, year);
                if (!days.isEmpty()) {
                    holidayDays.put(f, days);
                }
            }
        }
        Set<LocalDate> makeup = new HashSet<>(allMakeupWorkdays);
        makeup.addAll(schedule.makeupWorkdays());
        List<Block> blocks = new ArrayList<>();
        for (ChinaSchedule.Block b : schedule.blocks()) {
            blocks.add(new Block(b.festivals(), b.daysOff(), b.makeupWorkdays()));
        }
        // Statutory days on a weekend that the schedule does not list are days off all the same.
        Set<LocalDate> listed = new HashSet<>(schedule.daysOff());
        holidayDays.forEach((f, days) -> {
            NavigableSet<LocalDate> extra = new TreeSet<>();
            for (LocalDate d : days) {
                if (isWeekend(d) && !listed.contains(d) && !makeup.contains(d)) {
                    extra.add(d);
                }
            }
            if (!extra.isEmpty()) {
                blocks.add(new Block(List.of(f), extra, new TreeSet<>()));
            }
        });
        List<Source> sources = new ArrayList<>(schedule.sources());
        if (!sources.contains(regulation.statute())) {
            sources.add(regulation.statute());
        }
        return build(year, blocks, holidayDays, makeup, schedule.makeupWorkdays(), status, sources, Map.of());
    }

    /**
     * Returns the occurrences of a forecast year: as for an official schedule, but with status
     * {@link HolidayStatus#FORECAST} and the forecast's own sources.
     *
     * @param forecast the forecast schedule, not null
     * @param allMakeupWorkdays the make-up working days of every official schedule of the calendar
     * @return the occurrences, one per festival with a date
     */
    public static List<Holiday> forecast(ChinaSchedule forecast, Set<LocalDate> allMakeupWorkdays) {
        return official(forecast, allMakeupWorkdays, HolidayStatus.FORECAST);
    }

    /**
     * Returns the occurrences of a provisional year, derived from the regulation in force.
     *
     * @param year the year, from 2000 to 2100
     * @param allMakeupWorkdays the make-up working days of every official schedule of the calendar
     * @return the occurrences, one per statutory festival of the year
     */
    public static List<Holiday> provisional(int year, Set<LocalDate> allMakeupWorkdays) {
        ChinaRegulation regulation = ChinaRegulation.of(year);
        Map<ChinaPublicHoliday, List<LocalDate>> holidayDays = new EnumMap<>(ChinaPublicHoliday.class);
        Set<LocalDate> taken = new HashSet<>();
        for (ChinaPublicHoliday f : ChinaPublicHoliday.values()) {
            List<LocalDate> days = f.isStatutory() ? f.statutoryDays(year) : List.of();
            if (!days.isEmpty()) {
                holidayDays.put(f, days);
                taken.addAll(days);
            }
        }
        // Days lost to a weekend or to another festival on the same date, made up in date order;
        // on one date, fixed-date festivals first, then lunar ones.
        record Lost(LocalDate date, ChinaPublicHoliday festival) {
        }
        List<Lost> lost = new ArrayList<>();
        Map<LocalDate, ChinaPublicHoliday> keeper = new TreeMap<>();
        holidayDays.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<ChinaPublicHoliday, List<LocalDate>> e) -> !isFixedDate(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> {
                    for (LocalDate d : e.getValue()) {
                        ChinaPublicHoliday first = keeper.putIfAbsent(d, e.getKey());
                        if (isWeekend(d) || first != null) {
                            lost.add(new Lost(d, e.getKey()));
                        }
                    }
                });
        lost.sort(Comparator.comparing(Lost::date)
                .thenComparing(l -> !isFixedDate(l.festival()))
                .thenComparing(Lost::festival));
        Map<ChinaPublicHoliday, NavigableSet<LocalDate>> daysOff = new EnumMap<>(ChinaPublicHoliday.class);
        holidayDays.forEach((f, days) -> daysOff.put(f, new TreeSet<>(days)));
        for (Lost l : lost) {
            LocalDate c = l.date().plusDays(1);
            while (isWeekend(c) || taken.contains(c)) {
                c = c.plusDays(1);
            }
            taken.add(c);
            // Every lost day belongs to a festival of holidayDays, hence of daysOff.
            Objects.requireNonNull(daysOff.get(l.festival()), () -> "the days off of " + l.festival()).add(c);
        }
        List<Block> blocks = new ArrayList<>();
        daysOff.forEach((f, days) -> blocks.add(new Block(List.of(f), days, new TreeSet<>())));
        Source rule = Source.of(SourceType.DERIVED_RULE, "Provisional: no official schedule for " + year
                + " is known to the library; statutory days of the regulation in force in " + year
                + " (Art. 2), a statutory day on a Saturday or Sunday made up on the next working day"
                + " (Art. 6, 补假); no make-up working days");
        Map<ChinaPublicHoliday, Source> uncertain = new EnumMap<>(ChinaPublicHoliday.class);
        for (ChinaPublicHoliday f : holidayDays.keySet()) {
            lunarFestival(f).ifPresent(lunar -> lunar.uncertainty(year)
                    .ifPresent(month -> uncertain.put(f, uncertainDate(f, lunar, year, month))));
        }
        return build(year, blocks, holidayDays, new HashSet<>(allMakeupWorkdays), Set.of(),
                HolidayStatus.PROVISIONAL, List.of(rule, regulation.statute()), uncertain);
    }

    /** Returns the lunar festival whose date decides a public holiday's days, if it has one. */
    private static Optional<LunarFestival> lunarFestival(ChinaPublicHoliday f) {
        return switch (f) {
            case SPRING_FESTIVAL -> Optional.of(LunarFestival.SPRING_FESTIVAL);
            case DRAGON_BOAT -> Optional.of(LunarFestival.DRAGON_BOAT);
            case MID_AUTUMN -> Optional.of(LunarFestival.MID_AUTUMN);
            default -> Optional.empty();
        };
    }

    /**
     * Returns the citation that says, in plain words, that a festival's date is uncertain and what
     * the other date is: its lunar month begins with a new moon computed too close to midnight.
     */
    private static Source uncertainDate(ChinaPublicHoliday f, LunarFestival lunar, int year, UncertainMonth month) {
        boolean beforeMidnight = month.fromMidnight().isNegative();
        return Source.of(SourceType.DERIVED_RULE, "Uncertain date: the " + f.displayName().english() + " of " + year
                + " falls on " + lunar.date(year) + " by the library's lunar calendar, but may fall on "
                + lunar.alternativeDate(year).orElseThrow() + ". Its lunar month begins with a new moon computed at "
                + month.newMoon().toLocalTime() + " " + utcOffset(month.newMoon().getOffset()) + " on " + month.start()
                + ", " + minutesAndSeconds(month.fromMidnight().abs()) + (beforeMidnight ? " before" : " after")
                + " midnight, which is within the possible error of the computation for that year ("
                + minutesAndSeconds(month.margin()) + "): if the new moon falls " + (beforeMidnight ? "after" : "before")
                + " midnight, the month begins on " + month.alternativeStart() + " instead, and the days off follow"
                + " from the " + (month.shift() > 0 ? "later" : "earlier") + " date");
    }

    private static String utcOffset(ZoneOffset offset) {
        String id = offset.getId();
        return "UTC" + (id.endsWith(":00") && id.length() == 6 ? id.charAt(0) + Integer.toString(
                Integer.parseInt(id.substring(1, 3))) : id);
    }

    private static String minutesAndSeconds(Duration d) {
        long minutes = d.toMinutes();
        int seconds = d.toSecondsPart();
        return minutes == 0 ? seconds + " s" : minutes + " min " + seconds + " s";
    }

    private static boolean isFixedDate(ChinaPublicHoliday f) {
        return f == ChinaPublicHoliday.NEW_YEARS_DAY || f == ChinaPublicHoliday.LABOUR_DAY
                || f == ChinaPublicHoliday.NATIONAL_DAY || f == ChinaPublicHoliday.VICTORY_DAY_2015;
    }

    /**
     * Returns the first date an occurrence of a block of days off can take in: the first day off,
     * or the Saturday (and Sunday) right before it, which the occurrence adds to the block.
     *
     * @param firstDayOff the first day off of the block, not null
     * @return the date, at most two days before, not null
     */
    public static LocalDate reachBefore(LocalDate firstDayOff) {
        LocalDate d = firstDayOff;
        while (isWeekend(d.minusDays(1))) {
            d = d.minusDays(1);
        }
        return d;
    }

    /**
     * Returns the last date an occurrence of a block of days off can take in: the last day off, or
     * the Sunday (and Saturday) right after it, which the occurrence adds to the block.
     *
     * @param lastDayOff the last day off of the block, not null
     * @return the date, at most two days after, not null
     */
    public static LocalDate reachAfter(LocalDate lastDayOff) {
        LocalDate d = lastDayOff;
        while (isWeekend(d.plusDays(1))) {
            d = d.plusDays(1);
        }
        return d;
    }

    static boolean isWeekend(LocalDate d) {
        DayOfWeek dow = d.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    private static List<Holiday> build(int year, List<Block> blocks,
            Map<ChinaPublicHoliday, List<LocalDate>> holidayDays, Set<LocalDate> blockedWeekends,
            Set<LocalDate> makeupWorkdays, HolidayStatus status, List<Source> sources,
            Map<ChinaPublicHoliday, Source> extraSources) {
        Map<LocalDate, Set<ChinaPublicHoliday>> holidayOwners = new TreeMap<>();
        holidayDays.forEach((f, days) -> days.forEach(
                d -> holidayOwners.computeIfAbsent(d, k -> new LinkedHashSet<>()).add(f)));
        Set<LocalDate> allOff = new HashSet<>();
        blocks.forEach(b -> allOff.addAll(b.daysOff()));
        Map<ChinaPublicHoliday, NavigableMap<LocalDate, DayType>> members = new EnumMap<>(ChinaPublicHoliday.class);
        for (Block b : blocks) {
            ChinaPublicHoliday principal = principal(b, holidayDays);
            for (LocalDate d : candidates(b, allOff, blockedWeekends)) {
                DayType type = type(d, holidayOwners, makeupWorkdays);
                for (ChinaPublicHoliday f : owners(d, b, principal, holidayOwners, holidayDays)) {
                    members.computeIfAbsent(f, k -> new TreeMap<>()).put(d, type);
                }
            }
            for (LocalDate d : b.makeupWorkdays()) {
                members.computeIfAbsent(principal, k -> new TreeMap<>()).put(d, DayType.MAKEUP_WORKDAY);
            }
        }
        List<Holiday> out = new ArrayList<>();
        members.forEach((f, days) -> {
            Holiday.Builder h = Holiday.builder(f.key(), year, f.displayName(), f.kind())
                    .status(status)
                    .sources(sources);
            Source extra = extraSources.get(f);
            if (extra != null) {
                h.source(extra);
            }
            days.forEach(h::day);
            LocalDate nominal = f.nominalDate(year);
            if (!days.containsKey(nominal)) {
                nominal = days.entrySet().stream().filter(e -> !e.getValue().isWorkingDay())
                        .map(Map.Entry::getKey).findFirst().orElse(days.firstKey());
            }
            out.add(h.date(nominal).build());
        });
        out.sort(Holiday.CHRONOLOGICAL);
        return List.copyOf(out);
    }

    /** The days off of a block, the weekend days inside it and those adjoining it. */
    private static NavigableSet<LocalDate> candidates(Block b, Set<LocalDate> allOff,
            Set<LocalDate> blockedWeekends) {
        NavigableSet<LocalDate> out = new TreeSet<>(b.daysOff());
        LocalDate first = b.daysOff().first();
        LocalDate last = b.daysOff().last();
        for (LocalDate d = first; d.isBefore(last); d = d.plusDays(1)) {
            if (isWeekend(d) && !allOff.contains(d) && !blockedWeekends.contains(d)) {
                out.add(d);
            }
        }
        for (LocalDate d = first.minusDays(1); isWeekend(d) && !allOff.contains(d)
                && !blockedWeekends.contains(d); d = d.minusDays(1)) {
            out.add(d);
        }
        for (LocalDate d = last.plusDays(1); isWeekend(d) && !allOff.contains(d)
                && !blockedWeekends.contains(d); d = d.plusDays(1)) {
            out.add(d);
        }
        return out;
    }

    private static DayType type(LocalDate d, Map<LocalDate, Set<ChinaPublicHoliday>> holidayOwners,
            Set<LocalDate> makeupWorkdays) {
        if (makeupWorkdays.contains(d)) {
            return DayType.MAKEUP_WORKDAY;
        }
        if (holidayOwners.containsKey(d)) {
            return DayType.PUBLIC_HOLIDAY;
        }
        return isWeekend(d) ? DayType.WEEKEND : DayType.REST_DAY;
    }

    /** The festival of a block with the most holiday days; the first in enum order on a tie. */
    private static ChinaPublicHoliday principal(Block b, Map<ChinaPublicHoliday, List<LocalDate>> holidayDays) {
        ChinaPublicHoliday best = b.festivals().get(0);
        for (ChinaPublicHoliday f : b.festivals()) {
            if (holidayDays.getOrDefault(f, List.of()).size()
                    > holidayDays.getOrDefault(best, List.of()).size()) {
                best = f;
            }
        }
        return best;
    }

    private static Set<ChinaPublicHoliday> owners(LocalDate d, Block b, ChinaPublicHoliday principal,
            Map<LocalDate, Set<ChinaPublicHoliday>> holidayOwners, Map<ChinaPublicHoliday, List<LocalDate>> holidayDays) {
        Set<ChinaPublicHoliday> own = holidayOwners.get(d);
        if (own != null) {
            return own;
        }
        if (b.festivals().size() == 1) {
            return Set.of(principal);
        }
        List<LocalDate> principalDays = holidayDays.getOrDefault(principal, List.of());
        if (principalDays.isEmpty() || !d.isBefore(principalDays.get(0))) {
            return Set.of(principal);
        }
        ChinaPublicHoliday before = principal;
        @Nullable LocalDate latest = null;
        for (ChinaPublicHoliday f : b.festivals()) {
            for (LocalDate h : holidayDays.getOrDefault(f, List.of())) {
                if (h.isBefore(d) && (latest == null || h.isAfter(latest))) {
                    latest = h;
                    before = f;
                }
            }
        }
        return Set.of(before);
    }
}
