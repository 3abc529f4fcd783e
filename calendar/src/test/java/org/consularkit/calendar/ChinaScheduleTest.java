package org.consularkit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.consularkit.calendar.ChinaSchedule.Block;
import org.consularkit.core.Source;
import org.consularkit.core.SourceType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ChinaScheduleTest {

    private static final Source NOTICE = Source.of(SourceType.NOTICE, "国务院办公厅关于2027年部分节假日安排的通知",
            URI.create("https://www.gov.cn/x.htm"));

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Block newYear() {
        return Block.of(ChinaPublicHoliday.NEW_YEARS_DAY, List.of(d("2027-01-01"), d("2027-01-02"), d("2027-01-03")),
                List.of());
    }

    private static Block nationalDay() {
        return Block.of(List.of(ChinaPublicHoliday.NATIONAL_DAY, ChinaPublicHoliday.MID_AUTUMN),
                List.of(d("2027-10-07"), d("2027-10-01")), List.of(d("2027-10-09"), d("2027-09-26")));
    }

    @Nested
    class Of {

        @Test
        void keepsBlocksInOrderOfTheirFirstDayOff() {
            ChinaSchedule s = ChinaSchedule.of(2027, List.of(NOTICE), List.of(nationalDay(), newYear()));
            assertThat(s.year()).isEqualTo(2027);
            assertThat(s.sources()).containsExactly(NOTICE);
            assertThat(s.blocks()).containsExactly(newYear(), nationalDay());
            assertThat(s.daysOff()).containsExactly(d("2027-01-01"), d("2027-01-02"), d("2027-01-03"),
                    d("2027-10-01"), d("2027-10-07"));
            assertThat(s.makeupWorkdays()).containsExactly(d("2027-09-26"), d("2027-10-09"));
            assertThat(s.block(ChinaPublicHoliday.MID_AUTUMN)).contains(nationalDay());
            assertThat(s.block(ChinaPublicHoliday.QINGMING)).isEmpty();
        }

        @Test
        void datesMayLieInTheNeighbouringYears() {
            Block b = Block.of(ChinaPublicHoliday.NEW_YEARS_DAY, List.of(d("2027-01-01")), List.of(d("2026-12-26")));
            assertThat(ChinaSchedule.of(2027, List.of(NOTICE), List.of(b)).makeupWorkdays())
                    .containsExactly(d("2026-12-26"));
        }

        @Test
        void rejectsBrokenRules() {
            assertThatThrownBy(() -> ChinaSchedule.of(1999, List.of(NOTICE), List.of(newYear())))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Schedule year must be from 2000 to 2100, but was 1999");
            assertThatThrownBy(() -> ChinaSchedule.of(2027, List.of(), List.of(newYear())))
                    .hasMessage("Schedule 2027 has no source");
            assertThatThrownBy(() -> ChinaSchedule.of(2027, List.of(NOTICE), List.of()))
                    .hasMessage("Schedule 2027 has no days");
            assertThatThrownBy(() -> ChinaSchedule.of(2027, List.of(NOTICE), List.of(newYear(), newYear())))
                    .hasMessage("Schedule 2027: festival new-years-day has more than one block");
            assertThat(ChinaSchedule.of(2028, List.of(NOTICE), List.of(nationalDay())).year()).isEqualTo(2028);
            assertThatThrownBy(() -> ChinaSchedule.of(2029, List.of(NOTICE), List.of(nationalDay())))
                    .hasMessage("Schedule 2029: date 2027-10-01 is outside the years 2028-2030");
            assertThatThrownBy(() -> ChinaSchedule.of(2027, List.of(NOTICE), List.of(newYear(),
                    Block.of(ChinaPublicHoliday.SPRING_FESTIVAL, List.of(d("2027-01-03")), List.of()))))
                    .hasMessage("Schedule 2027: date 2027-01-03 is in two blocks, new-years-day and spring-festival");
            assertThatThrownBy(() -> ChinaSchedule.of(2027, List.of(NOTICE), List.of(
                    Block.of(ChinaPublicHoliday.VICTORY_DAY_2015, List.of(d("2027-09-03")), List.of()))))
                    .hasMessage("Schedule 2027: festival victory-day-2015 exists only in 2015");
        }

        /**
         * Regression: a block whose adjoining weekend lay further than a year from the schedule's
         * year was accepted and made every query of three years of the calendar throw.
         */
        @Test
        void rejectsABlockWhoseAdjoiningWeekendLeavesTheNeighbouringYears() {
            assertThatThrownBy(() -> ChinaSchedule.of(2025, List.of(NOTICE), List.of(
                    Block.of(ChinaPublicHoliday.NEW_YEARS_DAY, List.of(d("2024-01-01")), List.of()))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Schedule 2025: block new-years-day reaches 2023-12-30 with the weekend next to it,"
                            + " outside the years 2024-2026");
            assertThatThrownBy(() -> ChinaSchedule.of(2026, List.of(NOTICE), List.of(
                    Block.of(ChinaPublicHoliday.NATIONAL_DAY, List.of(d("2027-12-31")), List.of()))))
                    .hasMessage("Schedule 2026: block national-day reaches 2028-01-02 with the weekend next to it,"
                            + " outside the years 2025-2027");
            assertThatThrownBy(() -> ChinaSchedule.of(2026, List.of(NOTICE), List.of(
                    Block.of(ChinaPublicHoliday.NATIONAL_DAY, List.of(d("2025-12-31"), d("2027-12-31")), List.of()))))
                    .hasMessage("Schedule 2026: block national-day reaches 2028-01-02 with the weekend next to it,"
                            + " outside the years 2025-2027");
            ChinaSchedule inside = ChinaSchedule.of(2025, List.of(NOTICE), List.of(
                    Block.of(ChinaPublicHoliday.NEW_YEARS_DAY, List.of(d("2024-01-02")), List.of())));
            LocalDate end = LocalDate.of(2027, 1, 1);
            ChinaHolidayCalendar cn = ChinaHolidays.calendar().withSchedule(inside);
            for (LocalDate d = LocalDate.of(2023, 1, 1); d.isBefore(end); d = d.plusDays(1)) {
                assertThat(cn.dayType(d)).as(d.toString()).isNotNull();
            }
        }
    }

    @Nested
    class BlockRecord {

        @Test
        void normalisesOrder() {
            Block b = nationalDay();
            assertThat(b.festivals()).containsExactly(ChinaPublicHoliday.MID_AUTUMN, ChinaPublicHoliday.NATIONAL_DAY);
            assertThat(b.daysOff()).containsExactly(d("2027-10-01"), d("2027-10-07"));
            assertThat(b.makeupWorkdays()).containsExactly(d("2027-09-26"), d("2027-10-09"));
        }

        @Test
        void rejectsBrokenRules() {
            assertThatThrownBy(() -> Block.of(List.of(), List.of(d("2027-01-01")), List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("Block has no festival");
            assertThatThrownBy(() -> Block.of(List.of(ChinaPublicHoliday.LABOUR_DAY, ChinaPublicHoliday.LABOUR_DAY),
                    List.of(d("2027-05-01")), List.of())).hasMessage("Block lists festival labour-day twice");
            assertThatThrownBy(() -> Block.of(ChinaPublicHoliday.LABOUR_DAY, List.of(), List.of()))
                    .hasMessage("Block labour-day has no day off");
            assertThatThrownBy(() -> Block.of(ChinaPublicHoliday.LABOUR_DAY, List.of(d("2027-05-01")),
                    List.of(d("2027-05-06")))).hasMessage(
                    "Block labour-day: make-up working day 2027-05-06 is a THURSDAY, not a Saturday or Sunday");
            assertThatThrownBy(() -> Block.of(ChinaPublicHoliday.LABOUR_DAY, List.of(d("2027-05-01")),
                    List.of(d("2027-05-01")))).hasMessage(
                    "Block labour-day: date 2027-05-01 is both a day off and a make-up working day");
            assertThatThrownBy(() -> Block.of((ChinaPublicHoliday) null, List.of(), List.of())).isInstanceOf(NullPointerException.class)
                    .hasMessage("festival");
        }

        @Test
        void toStringShowsRanges() {
            assertThat(nationalDay()).hasToString(
                    "mid-autumn-festival,national-day 2027-10-01,2027-10-07 work 2027-09-26,2027-10-09");
            assertThat(newYear()).hasToString("new-years-day 2027-01-01/2027-01-03");
        }
    }

    @Test
    void equalsHashCodeAndToString() {
        ChinaSchedule a = ChinaSchedule.of(2027, List.of(NOTICE), List.of(newYear(), nationalDay()));
        ChinaSchedule b = ChinaSchedule.of(2027, List.of(NOTICE), List.of(nationalDay(), newYear()));
        ChinaSchedule c = ChinaSchedule.of(2027, List.of(NOTICE), List.of(newYear()));
        ChinaSchedule d = ChinaSchedule.of(2027, List.of(Source.of(SourceType.NOTICE, "x")), List.of(newYear()));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c).isNotEqualTo(null);
        assertThat(c).isNotEqualTo(d);
        assertThat(a).hasToString("ChinaSchedule[2027: new-years-day 2027-01-01/2027-01-03; "
                + "mid-autumn-festival,national-day 2027-10-01,2027-10-07 work 2027-09-26,2027-10-09]");
        assertThat(ChinaHolidays.calendar().schedule(2026).orElseThrow().toString()).startsWith(
                "ChinaSchedule[2026: new-years-day 2026-01-01/2026-01-03 work 2026-01-04; "
                        + "spring-festival 2026-02-15/2026-02-23 work 2026-02-14,2026-02-28;");
    }

    @Nested
    class Changes {

        /** A date only the later schedule lists is added, not removed; one only the earlier lists is removed. */
        @Test
        void aDateOnlyOneScheduleListsIsEitherAddedOrRemoved() {
            ChinaSchedule earlier = ChinaSchedule.of(2027, List.of(NOTICE), List.of(newYear()));
            ChinaSchedule later = ChinaSchedule.of(2027, List.of(NOTICE), List.of(Block.of(ChinaPublicHoliday.NEW_YEARS_DAY,
                    List.of(d("2027-01-01"), d("2027-01-02"), d("2027-01-03"), d("2027-01-04")), List.of())));
            List<ChinaSchedule.Change> added = later.changesFrom(earlier);
            assertThat(added).extracting(ChinaSchedule.Change::toString)
                    .containsExactly("2027-01-04 new-years-day: NONE -> DAY_OFF");
            assertThat(added.get(0).isAdded()).isTrue();
            assertThat(added.get(0).isRemoved()).isFalse();
            List<ChinaSchedule.Change> removed = earlier.changesFrom(later);
            assertThat(removed.get(0).isAdded()).isFalse();
            assertThat(removed.get(0).isRemoved()).isTrue();
        }

        /** A date both schedules list with different roles is neither added nor removed. */
        @Test
        void aDateWhoseRoleChangesIsNeitherAddedNorRemoved() {
            ChinaSchedule earlier = ChinaSchedule.of(2027, List.of(NOTICE), List.of(newYear()));
            ChinaSchedule later = ChinaSchedule.of(2027, List.of(NOTICE), List.of(Block.of(ChinaPublicHoliday.NEW_YEARS_DAY,
                    List.of(d("2027-01-01"), d("2027-01-02")), List.of(d("2027-01-03")))));
            List<ChinaSchedule.Change> changed = later.changesFrom(earlier);
            assertThat(changed).extracting(ChinaSchedule.Change::toString)
                    .containsExactly("2027-01-03 new-years-day: DAY_OFF -> MAKEUP_WORKDAY");
            assertThat(changed.get(0).isAdded()).isFalse();
            assertThat(changed.get(0).isRemoved()).isFalse();
        }
    }
}
