package org.consularkit.calendar;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.consularkit.core.DataFileException;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.core.internal.json.JacksonVersion;

/**
 * The built-in calendars of ConsularKit, by identifier.
 *
 * <table class="striped">
 * <caption>Calendar identifiers</caption>
 * <thead><tr><th>Id</th><th>Calendar</th><th>Factory</th></tr></thead>
 * <tbody>
 * <tr><td>{@code us-federal}</td><td>US federal holidays (observed) and executive-order closings,
 *     1971-2100</td><td>{@link UsFederalHolidays#calendar()}</td></tr>
 * <tr><td>{@code us-federal-dc}</td><td>the same plus Inauguration Day (Washington DC area
 *     only)</td><td>{@link UsFederalHolidays#calendar(UsFederalOptions)}</td></tr>
 * <tr><td>{@code cn}</td><td>China's public holidays and make-up working days: official
 *     schedules 2007-2026, provisional 2000-2006 and 2027-2100</td><td>{@link
 *     ChinaHolidays#calendar()}</td></tr>
 * <tr><td>{@code post:beijing}, {@code post:chengdu}, {@code post:guangzhou}, {@code
 *     post:shanghai}, {@code post:shenyang}, {@code post:wuhan}</td><td>the closure days of a post
 *     of the US Mission in China: US federal holidays and the Chinese festival days, 2000-2100
 *     (provisional)</td><td>{@link MissionChinaClosures#calendar(String)}</td></tr>
 * </tbody>
 * </table>
 *
 * <pre>{@code
 * HolidayCalendar us = Calendars.byId("us-federal");
 * }</pre>
 *
 * <h2>Implementation Requirements</h2>
 * This class is a stateless utility; the calendars it returns are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Calendars {

    private Calendars() {
    }

    /** The identifiers, built on first use so that {@code byId("us-federal")} loads nothing else. */
    private static final class Ids {
        static final List<String> IDS = build();

        private static List<String> build() {
            ImmutableList.Builder<String> ids = ImmutableList.<String>builder()
                    .add(UsFederalHolidays.ID, UsFederalHolidays.DC_AREA_ID, ChinaHolidays.ID);
            for (String post : MissionChinaClosures.postIds()) {
                ids.add(MissionChinaClosures.ID_PREFIX + post);
            }
            return ids.build();
        }
    }

    /**
     * Returns the version of the library's bundled holiday data: the date of the newest document it
     * records the date of (the executive orders of the US closings; today Executive Order 14371 of
     * 2025-12-18). The bundled data is released as one, so every built-in calendar reports this
     * date as its {@linkplain HolidayCalendar#dataVersion() data version}, and feeds use it as their
     * {@code DTSTAMP}; a calendar with newer data loaded by {@link DataOverrides} reports the newer
     * version of the files it loaded.
     *
     * @return the date, not null
     */
    public static LocalDate builtInDataVersion() {
        return UsFederalHolidays.data().newestOrder().orElseThrow(
                () -> new IllegalStateException("The bundled US closings give no order date"));
    }

    /**
     * Returns the identifiers {@link #byId(String)} accepts.
     *
     * @return the identifiers in documentation order, immutable
     */
    public static List<String> ids() {
        JacksonVersion.require(); // before the class initializer that reads the data (see JacksonVersion)
        return Ids.IDS;
    }

    /**
     * Returns a built-in calendar by identifier.
     *
     * @param id a calendar identifier (see the class documentation), not null
     * @return the calendar, not null
     * @throws IllegalArgumentException if the identifier is unknown; the message lists the known
     *     ones (and quotes a long identifier by its first characters and its length)
     */
    public static HolidayCalendar byId(String id) {
        Objects.requireNonNull(id, "id");
        JacksonVersion.require(); // before the class initializer that reads the data (see JacksonVersion)
        return switch (id) {
            case UsFederalHolidays.ID -> UsFederalHolidays.calendar();
            case UsFederalHolidays.DC_AREA_ID ->
                    UsFederalHolidays.calendar(UsFederalOptions.defaults().withInaugurationDay(true));
            case ChinaHolidays.ID -> ChinaHolidays.calendar();
            default -> {
                if (id.startsWith(MissionChinaClosures.ID_PREFIX) && Ids.IDS.contains(id)) {
                    yield MissionChinaClosures.calendar(id.substring(MissionChinaClosures.ID_PREFIX.length()));
                }
                throw new IllegalArgumentException("Unknown calendar id '"
                        + DataFileException.shorten(id, DataFileException.MAX_EXCERPT) + "'; known ids: "
                        + String.join(", ", Ids.IDS));
            }
        };
    }
}
