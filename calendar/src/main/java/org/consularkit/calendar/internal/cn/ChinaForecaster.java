package org.consularkit.calendar.internal.cn;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.consularkit.calendar.ChinaPublicHoliday;
import org.consularkit.calendar.ChinaSchedule;
import org.consularkit.calendar.lunar.LunarFestival;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;

/**
 * Forecasts a year's schedule of China's public holidays before its notice is published (see
 * {@code ChinaForecast} for the rules). Stateless.
 */
public final class ChinaForecaster {

    /** The first year the arrangement principles published with the 2025 notice apply to. */
    public static final int PRINCIPLES_FROM = 2025;

    /** The citation of the principles published with the 2025 notice. */
    public static final Source PRINCIPLES_2025 = Source.of(SourceType.NOTICE,
            "国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）：放假调休原则",
            URI.create("https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm"));

    /** Mid-Autumn on one of these days (September 29 to October 8) shares National Day's block. */
    private static final int MERGE_FROM = 29;
    private static final int MERGE_TO = 8;

    private ChinaForecaster() {
    }

    /**
     * A forecast.
     *
     * @param schedule the forecast schedule, citing a {@code DERIVED_RULE}
     * @param principles true when the 2025 principles were applied, false for the regulation only
     * @param ambiguities the choices the rules leave open, in words
     */
    public record Result(ChinaSchedule schedule, boolean principles, List<String> ambiguities) {
    }

    /**
     * Forecasts a year.
     *
     * @param year the year, from 2000 to 2100 ({@value #PRINCIPLES_FROM} or later with principles)
     * @param principles whether to apply the 2025 principles
     * @return the forecast
     * @throws IllegalArgumentException if principles are asked for a year before {@value #PRINCIPLES_FROM}
     */
    public static Result forecast(int year, boolean principles) {
        ChinaRegulation regulation = ChinaRegulation.of(year);
        if (principles && year < PRINCIPLES_FROM) {
            throw new IllegalArgumentException("The arrangement principles published with the 2025 notice apply from "
                    + PRINCIPLES_FROM + ", not to " + year);
        }
        return principles ? new Builder(year, regulation).withPrinciples() : baseline(year, regulation);
    }

    //-----------------------------------------------------------------------
    /** The regulation alone: statutory days, a statutory day on a weekend made up on the next working day. */
    private static Result baseline(int year, ChinaRegulation regulation) {
        Map<ChinaPublicHoliday, NavigableSet<LocalDate>> days = new EnumMap<>(ChinaPublicHoliday.class);
        Set<LocalDate> taken = new HashSet<>();
        record Lost(LocalDate date, ChinaPublicHoliday festival) {
        }
        List<Lost> lost = new ArrayList<>();
        List<ChinaPublicHoliday> order = new ArrayList<>(List.of(ChinaPublicHoliday.values()));
        order.removeIf(f -> !f.isStatutory());
        order.sort(Comparator.comparing((ChinaPublicHoliday f) -> !fixedDate(f)));
        for (ChinaPublicHoliday f : order) {
            for (LocalDate d : regulation.statutoryDays(f, year)) {
                NavigableSet<LocalDate> set = days.computeIfAbsent(f, k -> new TreeSet<>());
                if (!taken.add(d)) {
                    lost.add(new Lost(d, f));
                    continue;
                }
                set.add(d);
                if (ChinaOccurrences.isWeekend(d)) {
                    lost.add(new Lost(d, f));
                }
            }
        }
        lost.sort(Comparator.comparing(Lost::date).thenComparing(l -> !fixedDate(l.festival())));
        for (Lost l : lost) {
            LocalDate c = l.date().plusDays(1);
            while (ChinaOccurrences.isWeekend(c) || taken.contains(c)) {
                c = c.plusDays(1);
            }
            taken.add(c);
            days.computeIfAbsent(l.festival(), k -> new TreeSet<>()).add(c);
        }
        List<ChinaSchedule.Block> blocks = new ArrayList<>();
        days.forEach((f, d) -> {
            if (!d.isEmpty()) {
                blocks.add(ChinaSchedule.Block.of(f, d, List.of()));
            }
        });
        Source rule = Source.of(SourceType.DERIVED_RULE, "Forecast of " + year + " from the regulation alone (no "
                + "arrangement principles were published before that year's notice): the statutory days (Art. 2), "
                + "a statutory day on a Saturday or Sunday made up on the next working day (Art. 6); no make-up "
                + "working days");
        return new Result(ChinaSchedule.of(year, List.of(rule, regulation.statute()), blocks), false, List.of());
    }

    private static boolean fixedDate(ChinaPublicHoliday f) {
        return f == ChinaPublicHoliday.NEW_YEARS_DAY || f == ChinaPublicHoliday.LABOUR_DAY
                || f == ChinaPublicHoliday.NATIONAL_DAY;
    }

    //-----------------------------------------------------------------------
    /** Builds a forecast with the 2025 principles. */
    private static final class Builder {
        final int year;
        final ChinaRegulation regulation;
        final List<String> ambiguities = new ArrayList<>();
        /** The days off of each block, by its festivals, in date order. */
        final TreeMap<List<ChinaPublicHoliday>, NavigableSet<LocalDate>> blocks = new TreeMap<>(
                Comparator.comparing((List<ChinaPublicHoliday> l) -> l.get(0)));

        Builder(int year, ChinaRegulation regulation) {
            this.year = year;
            this.regulation = regulation;
        }

        List<LocalDate> statutory(ChinaPublicHoliday f) {
            return regulation.statutoryDays(f, year);
        }

        Result withPrinciples() {
            threeDays(ChinaPublicHoliday.NEW_YEARS_DAY);
            LocalDate eve = LunarFestival.SPRING_FESTIVAL_EVE.date(year);
            blocks.put(List.of(ChinaPublicHoliday.SPRING_FESTIVAL), range(eve, eve.plusDays(7)));
            threeDays(ChinaPublicHoliday.QINGMING);
            labourDay();
            threeDays(ChinaPublicHoliday.DRAGON_BOAT);
            LocalDate midAutumn = statutory(ChinaPublicHoliday.MID_AUTUMN).get(0);
            LocalDate oct1 = LocalDate.of(year, Month.OCTOBER, 1);
            boolean merged = (midAutumn.getMonth() == Month.SEPTEMBER && midAutumn.getDayOfMonth() >= MERGE_FROM)
                    || (midAutumn.getMonth() == Month.OCTOBER && midAutumn.getDayOfMonth() <= MERGE_TO);
            if (merged) {
                LocalDate start = midAutumn.isBefore(oct1) ? midAutumn : oct1;
                blocks.put(List.of(ChinaPublicHoliday.MID_AUTUMN, ChinaPublicHoliday.NATIONAL_DAY),
                        range(start, start.plusDays(7)));
            } else {
                threeDays(ChinaPublicHoliday.MID_AUTUMN);
                blocks.put(List.of(ChinaPublicHoliday.NATIONAL_DAY), range(oct1, oct1.plusDays(6)));
                if (!midAutumn.isBefore(oct1.minusDays(5))) {
                    ambiguities.add("mid-autumn-festival: on " + midAutumn + ", close to National Day; the principles "
                            + "merge the two when they coincide (8 days), which the forecast assumes only from "
                            + "September 29 on, as in 2012, 2017, 2020, 2023 and 2025");
                }
            }
            Map<List<ChinaPublicHoliday>, NavigableSet<LocalDate>> makeup = makeupDays();
            List<ChinaSchedule.Block> out = new ArrayList<>();
            blocks.forEach((f, off) -> out.add(ChinaSchedule.Block.of(f, off, makeup.getOrDefault(f, new TreeSet<>()))));
            Source rule = Source.of(SourceType.DERIVED_RULE, "Forecast of " + year + ": no notice for " + year + " is "
                    + "known to the library; blocks from the arrangement principles published with the 2025 notice "
                    + "(Spring Festival 8 days from New Year's Eve, National Day 7 days from October 1, Labour Day "
                    + "5 days, the others 3 days or only the day itself on a Wednesday, Mid-Autumn and National Day "
                    + "merged into 8 days), the statutory days of the regulation in force, and as many make-up "
                    + "working days as weekdays off beyond the statutory days, on the weekend days that keep the "
                    + "longest run of working days shortest (normally no more than six)");
            ChinaSchedule schedule = ChinaSchedule.of(year, List.of(rule, PRINCIPLES_2025, regulation.statute()), out);
            return new Result(schedule, true, List.copyOf(ambiguities));
        }

        /** New Year's Day, Qingming, Dragon Boat, Mid-Autumn: three days with the weekend, or the day itself on a Wednesday. */
        void threeDays(ChinaPublicHoliday f) {
            LocalDate s = statutory(f).get(0);
            NavigableSet<LocalDate> off = switch (s.getDayOfWeek()) {
                case MONDAY, TUESDAY -> range(s.minusDays(2), s);
                case WEDNESDAY -> range(s, s);
                case THURSDAY, FRIDAY, SATURDAY -> range(s, s.plusDays(2));
                case SUNDAY -> range(s.minusDays(1), s.plusDays(1));
            };
            blocks.put(List.of(f), off);
        }

        /** Labour Day: five days, with its statutory days and a whole weekend, starting as late as May 1. */
        void labourDay() {
            List<LocalDate> statutory = statutory(ChinaPublicHoliday.LABOUR_DAY);
            LocalDate may1 = LocalDate.of(year, Month.MAY, 1);
            List<LocalDate> starts = new ArrayList<>();
            for (LocalDate s = may1.minusDays(4); !s.isAfter(may1); s = s.plusDays(1)) {
                NavigableSet<LocalDate> r = range(s, s.plusDays(4));
                if (r.containsAll(statutory) && hasWholeWeekend(r)) {
                    starts.add(s);
                }
            }
            LocalDate start = starts.isEmpty() ? may1 : starts.get(starts.size() - 1);
            if (starts.size() > 1) {
                ambiguities.add("labour-day: 5 days from " + start + " (the latest start with a whole weekend); "
                        + "also possible from " + starts.subList(0, starts.size() - 1).stream().map(LocalDate::toString)
                                .collect(Collectors.joining(", ")));
            }
            blocks.put(List.of(ChinaPublicHoliday.LABOUR_DAY), range(start, start.plusDays(4)));
        }

        /** The make-up working days of every block, chosen block by block in date order. */
        Map<List<ChinaPublicHoliday>, NavigableSet<LocalDate>> makeupDays() {
            Set<LocalDate> off = new HashSet<>();
            blocks.values().forEach(off::addAll);
            Set<LocalDate> makeup = new HashSet<>();
            Map<List<ChinaPublicHoliday>, NavigableSet<LocalDate>> out = new TreeMap<>(blocks.comparator());
            // The blocks, keyed by their first festival, are in date order: the festivals' order is
            // their order in every year (Mid-Autumn after National Day shares its block).
            for (Map.Entry<List<ChinaPublicHoliday>, NavigableSet<LocalDate>> e : blocks.entrySet()) {
                NavigableSet<LocalDate> days = e.getValue();
                int statutory = 0;
                for (ChinaPublicHoliday f : e.getKey()) {
                    statutory += statutory(f).size();
                }
                int weekdays = (int) days.stream().filter(d -> !ChinaOccurrences.isWeekend(d)).count();
                int k = weekdays - statutory;
                if (k <= 0) {
                    continue;
                }
                // The weekends on each side with a day free, nearest first.
                Map<LocalDate, Integer> index = new TreeMap<>();
                for (int side = -1; side <= 1; side += 2) {
                    int n = 0;
                    LocalDate sat = side < 0 ? days.first().minusDays(1) : days.last().plusDays(1);
                    while (sat.getDayOfWeek() != DayOfWeek.SATURDAY) {
                        sat = sat.getDayOfWeek() == DayOfWeek.SUNDAY ? sat.minusDays(1)
                                : sat.plusDays(side < 0 ? -1 : 1);
                    }
                    for (int guard = 0; n < 3 && guard < 8; guard++, sat = sat.plusDays(7L * side)) {
                        boolean any = false;
                        for (LocalDate d : List.of(sat, sat.plusDays(1))) {
                            if (!off.contains(d) && !makeup.contains(d)) {
                                index.put(d, n);
                                any = true;
                            }
                        }
                        if (any) {
                            n++;
                        }
                    }
                }
                List<LocalDate> candidates = new ArrayList<>(index.keySet());
                List<List<LocalDate>> subsets = new ArrayList<>();
                subsets(candidates, k, 0, new ArrayList<>(), subsets);
                List<Scored> scored = new ArrayList<>();
                for (List<LocalDate> subset : subsets) {
                    scored.add(score(subset, days, off, makeup, index));
                }
                if (scored.isEmpty()) {
                    continue;
                }
                scored.sort(Comparator.naturalOrder());
                Scored best = scored.get(0);
                List<Scored> equal = scored.stream().filter(x -> x.sameRank(best)).toList();
                String key = e.getKey().stream().map(ChinaPublicHoliday::key).collect(Collectors.joining(","));
                if (equal.size() > 1) {
                    ambiguities.add(key + ": make-up working " + (k == 1 ? "day " : "days ") + dates(best.days)
                            + " (nearest the block); as near and within six consecutive working days: "
                            + equal.subList(1, Math.min(equal.size(), 4)).stream().map(x -> dates(x.days))
                                    .collect(Collectors.joining(" or ")) + (equal.size() > 4 ? " or others" : ""));
                }
                if (best.maxRun > 6) {
                    ambiguities.add(key + ": no choice of make-up days keeps to six consecutive working days; the "
                            + "longest run is " + best.maxRun);
                }
                makeup.addAll(best.days);
                out.put(e.getKey(), new TreeSet<>(best.days));
            }
            return out;
        }

        private static String dates(List<LocalDate> days) {
            return days.stream().map(LocalDate::toString).collect(Collectors.joining(" and "));
        }

        private static void subsets(List<LocalDate> items, int k, int from, List<LocalDate> current,
                List<List<LocalDate>> out) {
            if (current.size() == k) {
                out.add(List.copyOf(current));
                return;
            }
            for (int i = from; i < items.size(); i++) {
                current.add(items.get(i));
                subsets(items, k, i + 1, current, out);
                current.remove(current.size() - 1);
            }
        }

        /** How good a choice of make-up days is: its runs of working days, weekends, balance and distance. */
        private static Scored score(List<LocalDate> subset, NavigableSet<LocalDate> block, Set<LocalDate> off,
                Set<LocalDate> makeup, Map<LocalDate, Integer> index) {
            Set<LocalDate> work = new HashSet<>(makeup);
            work.addAll(subset);
            int maxRun = 0;
            int run = 0;
            for (LocalDate d = block.first().minusDays(28); !d.isAfter(block.last().plusDays(28)); d = d.plusDays(1)) {
                boolean working = work.contains(d) || (!ChinaOccurrences.isWeekend(d) && !off.contains(d));
                if (working) {
                    run++;
                } else {
                    maxRun = Math.max(maxRun, run);
                    run = 0;
                }
            }
            maxRun = Math.max(maxRun, run);
            int weekends = 0;
            int before = 0;
            long distance = 0;
            for (LocalDate d : subset) {
                weekends += index.getOrDefault(d, 9);
                if (d.isBefore(block.first())) {
                    before++;
                    distance += block.first().toEpochDay() - d.toEpochDay();
                } else {
                    distance += d.toEpochDay() - block.last().toEpochDay();
                }
            }
            int imbalance = Math.abs(subset.size() - 2 * before) / 2;
            return new Scored(subset, maxRun, weekends, imbalance, distance);
        }

        private static boolean hasWholeWeekend(NavigableSet<LocalDate> days) {
            for (LocalDate d : days) {
                if (d.getDayOfWeek() == DayOfWeek.SATURDAY && days.contains(d.plusDays(1))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A choice of make-up days and how good it is: within six consecutive working days (else the
     * shortest longest run), then on the nearest free weekends, then one on each side, then the
     * nearest days.
     */
    private record Scored(List<LocalDate> days, int maxRun, int weekends, int imbalance, long distance)
            implements Comparable<Scored> {

        int excess() {
            return Math.max(0, maxRun - 6);
        }

        boolean sameRank(Scored o) {
            return excess() == o.excess() && weekends == o.weekends && imbalance == o.imbalance;
        }

        @Override
        public int compareTo(Scored o) {
            int c = Integer.compare(excess(), o.excess());
            if (c == 0) {
                c = Integer.compare(weekends, o.weekends);
            }
            if (c == 0) {
                c = Integer.compare(imbalance, o.imbalance);
            }
            if (c == 0) {
                c = Long.compare(distance, o.distance);
            }
            for (int i = 0; c == 0 && i < days.size(); i++) {
                c = days.get(i).compareTo(o.days.get(i));
            }
            return c;
        }
    }

    static NavigableSet<LocalDate> range(LocalDate first, LocalDate last) {
        NavigableSet<LocalDate> out = new TreeSet<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            out.add(d);
        }
        return out;
    }
}
