package org.consularkit.calendar.internal.us;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.consularkit.calendar.UsFederalHolidays;
import org.consularkit.calendar.UsFederalOptions;
import org.consularkit.core.Source;
import org.consularkit.core.calendar.DayType;
import org.consularkit.core.calendar.Holiday;
import org.consularkit.core.calendar.HolidayKind;
import org.consularkit.core.calendar.HolidayProvider;
import org.consularkit.core.calendar.HolidayStatus;
import org.jspecify.annotations.Nullable;

/**
 * The occurrences of the US federal holidays of each year, computed from {@link UsFederalData}.
 *
 * <p>Every year of {@value UsFederalHolidays#FIRST_YEAR}-{@value UsFederalHolidays#LAST_YEAR} is
 * {@link HolidayStatus#OFFICIAL}: the statute fixes the dates. The year after the range is answered
 * too (its New Year's Day may be observed on December 31 of the last year); the year before it
 * has nothing (no 1970 occurrence reaches into 1971, and the 1970 rules differ).
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 */
public final class UsFederalProvider implements HolidayProvider {

    private final UsFederalData data;
    private final UsFederalOptions options;
    private final ImmutableListMultimap<Integer, UsFederalData.Closing> closingsByYear;
    private final @Nullable LocalDate version;

    public UsFederalProvider(UsFederalData data, UsFederalOptions options) {
        this(data, options, null);
    }

    /**
     * Creates the provider of a calendar with data loaded at run time.
     *
     * @param data the rules and closings, not null
     * @param options the options, not null
     * @param version the version of the loaded files, or null
     */
    public UsFederalProvider(UsFederalData data, UsFederalOptions options, @Nullable LocalDate version) {
        this.version = version;
        this.data = Objects.requireNonNull(data, "data");
        this.options = Objects.requireNonNull(options, "options");
        this.closingsByYear = Multimaps.index(data.closings(), c -> c.date().getYear());
    }

    @Override
    public int firstYear() {
        return UsFederalHolidays.FIRST_YEAR;
    }

    @Override
    public int lastYear() {
        return UsFederalHolidays.LAST_YEAR;
    }

    /**
     * Returns the date of the newest executive order of the closings (2025-12-18 for the bundled
     * data), or the version of loaded files when that is newer.
     */
    @Override
    public Optional<LocalDate> dataVersion() {
        Optional<LocalDate> newest = data.newestOrder();
        if (version != null && (newest.isEmpty() || version.isAfter(newest.get()))) {
            return Optional.of(version);
        }
        return newest;
    }

    @Override
    public HolidayStatus yearStatus(int year) {
        return HolidayStatus.OFFICIAL;
    }

    @Override
    public List<Holiday> holidays(int year) {
        if (year < UsFederalHolidays.FIRST_YEAR || year > UsFederalHolidays.LAST_YEAR + 1) {
            return List.of();
        }
        List<Holiday> out = new ArrayList<>();
        for (UsFederalData.HolidayRules h : data.holidays()) {
            if (h.scope() == UsFederalData.Scope.DC_AREA && !options.inaugurationDay()) {
                continue;
            }
            h.ruleFor(year).flatMap(rule -> occurrence(h, rule, year)).ifPresent(out::add);
        }
        if (options.executiveOrderClosings()) {
            for (UsFederalData.Closing c : closingsByYear.get(year)) {
                out.add(closing(c));
            }
        }
        return ImmutableList.copyOf(out);
    }

    private static Optional<Holiday> occurrence(UsFederalData.HolidayRules h, UsFederalData.Rule rule, int year) {
        LocalDate nominal = rule.date().dateIn(year);
        DayOfWeek dow = nominal.getDayOfWeek();
        LocalDate observed = nominal;
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            UsFederalData.Shift shift = dow == DayOfWeek.SATURDAY
                    ? h.observance().saturday() : h.observance().sunday();
            switch (shift) {
                case FRIDAY_BEFORE:
                    observed = nominal.minusDays(1);
                    break;
                case MONDAY_AFTER:
                    observed = nominal.plusDays(1);
                    break;
                case NO_HOLIDAY:
                default:
                    return Optional.empty();
            }
        }
        Holiday.Builder b = Holiday.builder(h.key(), year, h.names(), HolidayKind.STATUTORY)
                .date(nominal)
                .observedDate(observed)
                .day(observed, DayType.PUBLIC_HOLIDAY)
                .status(HolidayStatus.OFFICIAL)
                .sources(rule.sources());
        if (!observed.equals(nominal)) {
            b.day(nominal, DayType.WEEKEND);
            for (Source s : h.observance().sources()) {
                if (!rule.sources().contains(s)) {
                    b.source(s);
                }
            }
        }
        return Optional.of(b.build());
    }

    private static Holiday closing(UsFederalData.Closing c) {
        HolidayKind kind = c.halfDay() ? HolidayKind.EARLY_CLOSING : HolidayKind.CLOSURE;
        DayType type = c.halfDay() ? DayType.WORKDAY : DayType.CLOSURE;
        return Holiday.builder(c.key(), c.date().getYear(), c.names(), kind)
                .day(c.date(), type)
                .status(HolidayStatus.OFFICIAL)
                .sources(c.sources())
                .build();
    }

    @Override
    public String toString() {
        return "UsFederalSource[" + options + "]";
    }
}
