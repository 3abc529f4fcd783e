package org.consularkit.calendar;

import org.jspecify.annotations.Nullable;

/**
 * The options of the US federal holiday calendar ({@link UsFederalHolidays#calendar(UsFederalOptions)}):
 * whether executive-order closings are included and whether Inauguration Day is.
 *
 * <pre>{@code
 * UsFederalOptions statutoryOnly = UsFederalOptions.defaults().withExecutiveOrderClosings(false);
 * UsFederalOptions washington = UsFederalOptions.defaults().withInaugurationDay(true);
 * }</pre>
 *
 * <h2>Executive-order closings</h2>
 * On by default: the one-off closings of executive departments and agencies ordered by the
 * President (19 from 2001 to 2025, e.g. Christmas Eve 2024, the national day of mourning for
 * President Carter on 2025-01-09). They close federal offices, including the posts abroad, but are
 * not legal public holidays. Turn them off for the statutory holidays alone.
 *
 * <h2>Inauguration Day</h2>
 * Off by default. Under 5 U.S.C. 6103(c), January 20 after each presidential election is a
 * holiday only for employees in the Washington DC area (the District of Columbia, Montgomery and
 * Prince George's Counties in Maryland, Arlington and Fairfax Counties and the cities of
 * Alexandria and Falls Church in Virginia). It is <b>never</b> a holiday of a post abroad: leave
 * this option off for embassies and consulates. When it is on, the calendar's id is {@value
 * UsFederalHolidays#DC_AREA_ID} instead of {@value UsFederalHolidays#ID}.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe; the four possible values are canonical instances, but
 * compare them with {@link #equals(Object)}.
 *
 * @since 0.1
 */
public final class UsFederalOptions {

    private static final UsFederalOptions DEFAULTS = new UsFederalOptions(true, false);
    private static final UsFederalOptions NO_CLOSINGS = new UsFederalOptions(false, false);
    private static final UsFederalOptions DC_AREA = new UsFederalOptions(true, true);
    private static final UsFederalOptions DC_AREA_NO_CLOSINGS = new UsFederalOptions(false, true);

    private final boolean executiveOrderClosings;
    private final boolean inaugurationDay;

    private UsFederalOptions(boolean executiveOrderClosings, boolean inaugurationDay) {
        this.executiveOrderClosings = executiveOrderClosings;
        this.inaugurationDay = inaugurationDay;
    }

    /**
     * Returns the default options: executive-order closings on, Inauguration Day off (the calendar
     * of every federal office outside the Washington DC area, and of every post abroad).
     *
     * @return the default options, not null
     */
    public static UsFederalOptions defaults() {
        return DEFAULTS;
    }

    private static UsFederalOptions of(boolean executiveOrderClosings, boolean inaugurationDay) {
        if (executiveOrderClosings) {
            return inaugurationDay ? DC_AREA : DEFAULTS;
        }
        return inaugurationDay ? DC_AREA_NO_CLOSINGS : NO_CLOSINGS;
    }

    //-----------------------------------------------------------------------
    /**
     * Returns a copy with executive-order closings switched on or off.
     *
     * @param on true to include the executive-order closings
     * @return the options with that setting, not null
     */
    public UsFederalOptions withExecutiveOrderClosings(boolean on) {
        return of(on, inaugurationDay);
    }

    /**
     * Returns a copy with Inauguration Day switched on or off. Inauguration Day is a holiday of the
     * Washington DC area only (5 U.S.C. 6103(c)), never of a post abroad; with it on, the calendar id
     * is {@value UsFederalHolidays#DC_AREA_ID}.
     *
     * @param on true to include Inauguration Day
     * @return the options with that setting, not null
     */
    public UsFederalOptions withInaugurationDay(boolean on) {
        return of(executiveOrderClosings, on);
    }

    /**
     * Tells whether the executive-order closings are included.
     *
     * @return true if they are (the default)
     */
    public boolean executiveOrderClosings() {
        return executiveOrderClosings;
    }

    /**
     * Tells whether Inauguration Day (Washington DC area only) is included.
     *
     * @return true if it is; false by default
     */
    public boolean inaugurationDay() {
        return inaugurationDay;
    }

    /**
     * Returns the id of the calendar built with these options: {@value UsFederalHolidays#DC_AREA_ID}
     * when Inauguration Day is on, otherwise {@value UsFederalHolidays#ID}.
     *
     * @return the calendar id, not null
     */
    public String calendarId() {
        return inaugurationDay ? UsFederalHolidays.DC_AREA_ID : UsFederalHolidays.ID;
    }

    //-----------------------------------------------------------------------
    /**
     * Tells whether another object is options with the same settings.
     *
     * @param obj the object to compare, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof UsFederalOptions other
                && executiveOrderClosings == other.executiveOrderClosings
                && inaugurationDay == other.inaugurationDay;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return (executiveOrderClosings ? 2 : 0) + (inaugurationDay ? 1 : 0);
    }

    /**
     * Returns the settings, e.g. {@code "UsFederalOptions[executiveOrderClosings=true,
     * inaugurationDay=false]"}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "UsFederalOptions[executiveOrderClosings=" + executiveOrderClosings
                + ", inaugurationDay=" + inaugurationDay + "]";
    }
}
