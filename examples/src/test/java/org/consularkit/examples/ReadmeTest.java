package org.consularkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.consularkit.calendar.Calendars;
import org.consularkit.calendar.ChinaHolidayCalendar;
import org.consularkit.calendar.ChinaHolidays;
import org.consularkit.calendar.UsFederalHolidays;
import org.consularkit.calendar.lunar.LunarCalendar;
import org.consularkit.calendar.lunar.LunarDate;
import org.consularkit.calendar.lunar.LunarFestival;
import org.consularkit.calendar.lunar.SolarTerm;
import org.consularkit.core.booking.AppointmentSlot;
import org.consularkit.core.booking.Booking;
import org.consularkit.core.booking.BookingValidator;
import org.consularkit.core.booking.ConsularOffice;
import org.consularkit.core.booking.ConsularService;
import org.consularkit.core.booking.SlotFinder;
import org.consularkit.core.booking.ValidationReport;
import org.consularkit.core.booking.ViolationCode;
import org.consularkit.core.booking.VisitorItem;
import org.consularkit.core.calendar.CalendarDay;
import org.consularkit.core.calendar.DayType;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.core.calendar.HolidayStatus;
import org.consularkit.core.calendar.WorkingDays;
import org.consularkit.directory.Directory;
import org.junit.jupiter.api.Test;

/** The answers the README's examples print in their comments, checked. */
class ReadmeTest {

    @Test
    void usFederal() {
        HolidayCalendar us = UsFederalHolidays.calendar();
        CalendarDay d = us.day(LocalDate.of(2021, 12, 31));
        assertThat(d.type()).isEqualTo(DayType.PUBLIC_HOLIDAY);
        assertThat(d.holidayNames(Locale.ENGLISH)).containsExactly("New Year's Day");
        assertThat(us.plusWorkingDays(LocalDate.of(2027, 12, 29), 2)).isEqualTo(LocalDate.of(2028, 1, 3));
        assertThat(us.workingDaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1))).isEqualTo(250);
        assertThat(LocalDateTime.of(2026, 7, 2, 17, 30).with(WorkingDays.next(us)))
                .isEqualTo(LocalDateTime.of(2026, 7, 6, 17, 30));
    }

    @Test
    void china() {
        ChinaHolidayCalendar cn = ChinaHolidays.calendar();
        CalendarDay feb14 = cn.day(LocalDate.of(2026, 2, 14));
        assertThat(feb14.isWorkingDay()).isTrue();
        assertThat(feb14.type()).isEqualTo(DayType.MAKEUP_WORKDAY);
        assertThat(feb14.holidayNames(Locale.ENGLISH)).containsExactly("Spring Festival");
        assertThat(LocalDate.of(2026, 10, 1).with(WorkingDays.next(cn))).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(cn.yearStatus(2027)).isEqualTo(HolidayStatus.PROVISIONAL);
        assertThat(cn.lastOfficialYear()).isEqualTo(2026);
    }

    @Test
    void lunar() {
        assertThat(LunarDate.from(LocalDate.of(2026, 2, 17))).hasToString("2026-01-01");
        assertThat(LunarDate.parse("2023-02L-15").toLocalDate()).isEqualTo(LocalDate.of(2023, 4, 5));
        assertThat(LunarCalendar.leapMonth(2033)).isEqualTo(OptionalInt.of(11));
        assertThat(LunarFestival.MID_AUTUMN.date(2026)).isEqualTo(LocalDate.of(2026, 9, 25));
        assertThat(SolarTerm.occurrences(2026).get(6).moment()).hasToString("2026-04-05T02:40+08:00");
        assertThat(SolarTerm.QINGMING.displayName(Locale.ENGLISH)).isEqualTo("Qingming");
    }

    @Test
    void postClosures() {
        HolidayCalendar shanghai = Calendars.byId("post:shanghai");
        CalendarDay d = shanghai.day(LocalDate.of(2026, 2, 16));
        assertThat(d.holidayNames(Locale.ENGLISH)).containsExactly("Spring Festival Eve", "Washington's Birthday");
        assertThat(d.status()).isEqualTo(HolidayStatus.PROVISIONAL);
        assertThat(shanghai.dayType(LocalDate.of(2026, 10, 5))).isEqualTo(DayType.REST_DAY);
        assertThat(shanghai.isWorkingDay(LocalDate.of(2026, 2, 14))).isFalse();
        assertThat(shanghai.isWorkingDay(LocalDate.of(2026, 2, 20))).isTrue();
    }

    @Test
    void bookingAtChengdu() {
        ConsularOffice chengdu = Directory.builtIn().post("chengdu").office().orElseThrow();
        Booking booking = Booking.appointment(ConsularService.NOTARIAL, OffsetDateTime.parse("2026-03-03T14:00+08:00"))
                .items(VisitorItem.LAPTOP)
                .bookedAt(OffsetDateTime.parse("2026-02-20T10:00+08:00"))
                .build();
        ValidationReport report = BookingValidator.of(chengdu, Clock.systemUTC())
                .validate(booking, Instant.parse("2026-02-20T02:00:00Z"));
        assertThat(report.codes()).containsExactly(ViolationCode.PROHIBITED_ITEM,
                ViolationCode.PROVISIONAL_CLOSURES, ViolationCode.POST_SUSPENDED);
        List<AppointmentSlot> next = SlotFinder.of(chengdu)
                .next(ConsularService.PASSPORT, Instant.parse("2026-02-13T01:00:00Z"), 3);
        assertThat(next).extracting(s -> s.start().toString())
                .containsExactly("2026-02-23T13:00+08:00", "2026-02-23T13:15+08:00", "2026-02-23T13:30+08:00");
        assertThat(chengdu.officeHours().isOpen(Instant.parse("2026-02-17T02:00:00Z"))).isFalse();
        assertThat(chengdu.officeHours().isOpen(Instant.parse("2026-03-03T02:00:00Z"))).isTrue();
    }
}
