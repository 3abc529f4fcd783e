package org.consularkit.directory.routing;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.calendar.CalendarDay;
import org.consularkit.core.calendar.DayType;
import org.consularkit.core.calendar.Holiday;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.core.calendar.HolidayKind;
import org.consularkit.core.hours.OpeningHours;
import org.consularkit.core.hours.OpeningSchedule;
import org.consularkit.core.hours.TimeWindow;
import org.consularkit.directory.Post;
import org.consularkit.directory.Sourced;

/**
 * {@link AcsAvailability#officeHours(Function)}: a post's office hours applied by the engine's
 * {@link OpeningHours} with a closure calendar, explained in words.
 */
final class OfficeHoursAvailability implements AcsAvailability {

    /** Each post's own closure calendar. */
    static final OfficeHoursAvailability OWN_CALENDARS =
            new OfficeHoursAvailability(Post::closureCalendar, "each post's closure calendar");

    private final Function<? super Post, ? extends HolidayCalendar> closures;
    private final String description;

    OfficeHoursAvailability(Function<? super Post, ? extends HolidayCalendar> closures, String description) {
        this.closures = closures;
        this.description = description;
    }

    @Override
    public Availability status(Post post, Instant at) {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(at, "at");
        Optional<OpeningSchedule> found = post.officeSchedule();
        if (found.isEmpty()) {
            return Availability.unknown("the office hours of " + post.displayName().english() + " are not known",
                    post.displayName().chinese() + "的办公时间不详");
        }
        OpeningSchedule schedule = found.get();
        String text = post.officeHours().map(Sourced::value).orElse(schedule.toString());
        ZonedDateTime local = at.atZone(post.zone());
        LocalDate date = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        DayOfWeek dow = date.getDayOfWeek();
        String en = dow.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date;
        String zh = date + "(" + dow.getDisplayName(TextStyle.FULL, Locale.CHINESE) + ")";
        String hhmm = time.withSecond(0).withNano(0).toString();
        HolidayCalendar calendar = Objects.requireNonNull(closures.apply(post), "closure calendar");
        OpeningHours hours = OpeningHours.of(schedule, post.zone(), calendar);
        boolean open;
        try {
            open = hours.isOpen(at);
        } catch (DateTimeException e) {
            return Availability.unknown("closure calendar " + calendar.id() + " does not cover " + date,
                    "闭馆日历" + calendar.id() + "不包括" + date);
        }
        if (open) {
            return Availability.open("within office hours (" + text + ") at " + hhmm + " on " + en,
                    zh + hhmm + "在办公时间(" + text + ")内");
        }
        List<TimeWindow> scheduled = schedule.windows(date);
        boolean inSchedule = scheduled.stream().anyMatch(w -> w.contains(time));
        if (!inSchedule) {
            if (scheduled.isEmpty() && calendar.covers(date) && calendar.dayType(date) == DayType.WEEKEND) {
                return Availability.closed("closed at the weekend (" + en + ")", "周末闭馆(" + zh + ")");
            }
            return Availability.closed("outside office hours (" + text + ") at " + hhmm + " on " + en,
                    zh + hhmm + "不在办公时间(" + text + ")内");
        }
        // In the weekly hours but closed: the calendar closes the day, or an early closing has passed.
        CalendarDay day = calendar.day(date);
        if (!day.isWorkingDay()) {
            if (day.holidays().isEmpty()) {
                return Availability.closed("closed on " + en + " (" + day.type() + " in " + calendar.id() + ")",
                        zh + "闭馆(" + calendar.id() + ":" + day.type() + ")");
            }
            return Availability.closed("closed on " + en + " for " + String.join("; ", day.holidayNames(Locale.ENGLISH)),
                    zh + "因" + String.join("、", day.holidayNames(LocalizedText.SIMPLIFIED_CHINESE)) + "闭馆");
        }
        List<String> namesEn = new ArrayList<>();
        List<String> namesZh = new ArrayList<>();
        Optional<LocalTime> stated = Optional.empty();
        for (Holiday h : day.holidays()) {
            if (h.kind() == HolidayKind.EARLY_CLOSING) {
                namesEn.add(h.displayName(Locale.ENGLISH));
                namesZh.add(h.displayName(LocalizedText.SIMPLIFIED_CHINESE));
                stated = stated.or(h::earlyClosing);
            }
        }
        // The time the order states, else the one the engine derives (the end of the last window left).
        List<TimeWindow> left = hours.windows(date);
        String closing = stated.map(LocalTime::toString)
                .orElseGet(() -> left.isEmpty() ? scheduled.get(0).start().toString()
                        : String.format(Locale.ROOT, "%02d:%02d", left.get(left.size() - 1).endMinute() / 60,
                                left.get(left.size() - 1).endMinute() % 60));
        return Availability.closed("closed early from " + closing + " on " + en + " for " + String.join("; ", namesEn),
                zh + closing + "起因" + String.join("、", namesZh) + "提前闭馆");
    }

    @Override
    public String toString() {
        return "AcsAvailability[office hours and " + description + "]";
    }
}
