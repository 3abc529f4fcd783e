package org.consularkit.directory;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.consularkit.core.CalendarDay;
import org.consularkit.core.HolidayCalendar;
import org.consularkit.core.Holiday;
import org.consularkit.core.HolidayKind;

/** {@link AcsAvailability#officeHours(Function)}: weekly office hours plus a closure calendar. */
final class OfficeHoursAvailability implements AcsAvailability {

    private final Function<? super Post, ? extends HolidayCalendar> closures;

    OfficeHoursAvailability(Function<? super Post, ? extends HolidayCalendar> closures) {
        this.closures = closures;
    }

    @Override
    public OfficeStatus status(Post post, Instant at) {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(at, "at");
        Optional<Sourced<String>> text = post.officeHours();
        if (text.isEmpty()) {
            return OfficeStatus.unknown("the office hours of " + post.name().english() + " are not known",
                    post.name().chinese() + "的办公时间不详");
        }
        String hoursText = text.get().value();
        WeeklyHours hours = WeeklyHours.parse(hoursText);
        ZonedDateTime local = at.atZone(post.zone());
        LocalDate date = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        DayOfWeek dow = date.getDayOfWeek();
        String en = dow.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date;
        String zh = date + "(" + dow.getDisplayName(TextStyle.FULL, Locale.CHINESE) + ")";
        HolidayCalendar calendar = Objects.requireNonNull(closures.apply(post), "closure calendar");
        if (!calendar.covers(date)) {
            return OfficeStatus.unknown("closure calendar " + calendar.id() + " does not cover " + date,
                    "闭馆日历" + calendar.id() + "不包括" + date);
        }
        CalendarDay day = calendar.day(date);
        if (!day.isWorkingDay()) {
            if (day.holidays().isEmpty()) {
                return OfficeStatus.closed("closed at the weekend (" + en + ")", "周末闭馆(" + zh + ")");
            }
            return OfficeStatus.closed("closed on " + en + " for " + String.join("; ", day.names(Locale.ENGLISH)),
                    zh + "因" + String.join("、", day.names(Locale.CHINESE)) + "闭馆");
        }
        String at24 = time.withSecond(0).withNano(0).toString();
        if (!hours.isOpen(dow, time)) {
            return OfficeStatus.closed("outside office hours (" + hoursText + ") at " + at24 + " on " + en,
                    zh + at24 + "不在办公时间(" + hoursText + ")内");
        }
        for (Holiday h : day.holidays()) {
            if (h.kind() == HolidayKind.EARLY_CLOSING) {
                Optional<LocalTime> closing = h.earlyClosing();
                if (closing.isEmpty()) {
                    return OfficeStatus.unknown("the office closes early on " + en + " for " + h.name(Locale.ENGLISH)
                            + " at a time not known", zh + "因" + h.name(Locale.CHINESE) + "提前闭馆,时间不详");
                }
                if (!time.isBefore(closing.get())) {
                    return OfficeStatus.closed("closed early from " + closing.get() + " on " + en + " for "
                            + h.name(Locale.ENGLISH), zh + closing.get() + "起因" + h.name(Locale.CHINESE) + "提前闭馆");
                }
            }
        }
        return OfficeStatus.open("within office hours (" + hoursText + ") at " + at24 + " on " + en,
                zh + at24 + "在办公时间(" + hoursText + ")内");
    }

    @Override
    public String toString() {
        return "AcsAvailability[office hours and closure calendar]";
    }
}
