package org.consularkit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.consularkit.calendar.ChinaSchedule.Block;
import org.consularkit.calendar.ChinaSchedule.Change;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link ChinaNotice}: the items it gives and how amendments apply to a schedule. The
 * notices of the fixtures are read with {@link Notices}; the other amendments here are made-up
 * texts in the wording of the 2019 and 2020 amendments, not notices that were published.
 */
class ChinaNoticeTest {

    /** A made-up amendment in the shape of the 2019 one: the title, the sentence that introduces it, one item. */
    private static ChinaNotice amendment(String title, String subject, String item, String date) {
        return ChinaNoticeParser.parse(title + "\n经国务院批准,现将" + subject + "通知如下。\n一、" + item + "\n国务院办公厅\n"
                + date + "\n", "t.txt");
    }

    private static ChinaSchedule schedule(String name) {
        return Notices.parse(name).schedule().orElseThrow();
    }

    private static List<LocalDate> days(String from, String to) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            out.add(d);
        }
        return out;
    }

    //-----------------------------------------------------------------------
    @Nested
    class Items {

        @Test
        void theStatutoryDaysOfAnItemAreInDateOrderWhateverTheOrderOfItsFestivals() {
            ChinaNotice n = ChinaNoticeParser.parse(Notices.text("2012").replace("六、中秋节、国庆节:", "六、国庆节、中秋节:"),
                    "t.txt");
            assertThat(n.items().get(5).festivals())
                    .containsExactly(ChinaPublicHoliday.NATIONAL_DAY, ChinaPublicHoliday.MID_AUTUMN);
            assertThat(n.items().get(5).statutoryDays()).containsExactly(LocalDate.of(2012, 9, 30),
                    LocalDate.of(2012, 10, 1), LocalDate.of(2012, 10, 2), LocalDate.of(2012, 10, 3));
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class ApplyTo {

        @Test
        void aBlockReplacesTheFirstBlockOfTheYear() {
            ChinaNotice a = amendment("国务院办公厅关于调整2020年元旦假期安排的通知", "调整2020年元旦放假安排",
                    "2020年1月1日至2日放假,共2天。", "2019年12月2日");
            ChinaSchedule base = schedule("2020");
            ChinaSchedule amended = a.applyTo(base);
            assertThat(amended.changesFrom(base)).extracting(Change::toString)
                    .containsExactly("2020-01-02 new-years-day: NONE -> DAY_OFF");
            assertThat(amended.blocks()).hasSameSizeAs(base.blocks());
        }

        @Test
        void aBlockOfAFestivalThatSharesItsBlockIsRejectedNamingBothFestivals() {
            ChinaNotice a = amendment("国务院办公厅关于调整2020年中秋节假期安排的通知", "调整2020年中秋节放假安排",
                    "2020年10月1日放假,共1天。", "2020年3月2日");
            assertThatThrownBy(() -> a.applyTo(schedule("2020")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The notice 国务院办公厅关于调整2020年中秋节假期安排的通知 replaces the block of "
                            + "mid-autumn-festival, which it shares with mid-autumn-festival,national-day");
        }

        @Test
        void anExtensionOfAFestivalThatSharesItsBlockExtendsTheSharedBlock() {
            ChinaNotice a = amendment("国务院办公厅关于延长2020年国庆节假期的通知", "延长2020年国庆节假期的具体安排",
                    "延长2020年国庆节假期至10月9日(星期五)。", "2020年9月1日");
            ChinaSchedule base = schedule("2020");
            ChinaSchedule amended = a.applyTo(base);
            assertThat(amended.changesFrom(base)).extracting(Change::toString)
                    .containsExactly("2020-10-09 mid-autumn-festival,national-day: NONE -> DAY_OFF");
            assertThat(amended.blocks().get(5)).isEqualTo(Block.of(
                    List.of(ChinaPublicHoliday.MID_AUTUMN, ChinaPublicHoliday.NATIONAL_DAY), days("2020-10-01", "2020-10-09"),
                    List.of(LocalDate.of(2020, 9, 27), LocalDate.of(2020, 10, 10))));
        }

        /** The make-up day 2020-10-10 after the extended block stays; applying the extension again changes nothing. */
        @Test
        void anExtensionAppliedTwiceChangesNoDateTheSecondTime() {
            ChinaNotice a = amendment("国务院办公厅关于延长2020年国庆节假期的通知", "延长2020年国庆节假期的具体安排",
                    "延长2020年国庆节假期至10月9日(星期五)。", "2020年9月1日");
            ChinaSchedule once = a.applyTo(schedule("2020"));
            ChinaSchedule twice = a.applyTo(once);
            assertThat(twice.changesFrom(once)).isEmpty();
            assertThat(twice.blocks()).isEqualTo(once.blocks());
        }

        @Test
        void anExtensionOfTheFirstBlockOfTheYearExtendsIt() {
            ChinaNotice a = amendment("国务院办公厅关于延长2020年元旦假期的通知", "延长2020年元旦假期的具体安排",
                    "延长2020年元旦假期至1月3日(星期五)。", "2019年12月2日");
            ChinaSchedule base = schedule("2020");
            assertThat(a.applyTo(base).changesFrom(base)).extracting(Change::toString).containsExactly(
                    "2020-01-02 new-years-day: NONE -> DAY_OFF", "2020-01-03 new-years-day: NONE -> DAY_OFF");
        }

        @Test
        void anExtensionOfABlockTheScheduleDoesNotHaveIsRejected() {
            ChinaSchedule full = schedule("2020");
            ChinaSchedule base = ChinaSchedule.of(2020, full.sources(), full.blocks().stream()
                    .filter(b -> !b.festivals().contains(ChinaPublicHoliday.SPRING_FESTIVAL)).toList());
            assertThatThrownBy(() -> Notices.parse("2020-amendment").applyTo(base))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The notice 国务院办公厅关于延长2020年春节假期的通知 extends the block of spring-festival, which "
                            + "the schedule of 2020 does not have");
        }

        @Test
        void anExtensionToTheDayItsBlockAlreadyEndsOnChangesNoDate() {
            ChinaSchedule builtIn = ChinaHolidays.calendar().schedule(2020).orElseThrow();
            ChinaSchedule again = Notices.parse("2020-amendment").applyTo(builtIn);
            assertThat(again.changesFrom(builtIn)).isEmpty();
            assertThat(again.blocks()).isEqualTo(builtIn.blocks());
        }
    }

    //-----------------------------------------------------------------------
    @Nested
    class Combine {

        @Test
        void theLaterOfTwoAmendmentsWinsWhateverTheOrderGiven() {
            ChinaNotice later = amendment("国务院办公厅关于再次调整2019年劳动节假期安排的通知", "再次调整2019年劳动节放假安排",
                    "2019年5月1日放假,共1天。", "2019年4月1日");
            ChinaNotice earlier = Notices.parse("2019-amendment");
            ChinaSchedule s = ChinaNotice.combine(List.of(Notices.parse("2019"), later, earlier));
            assertThat(s.blocks()).filteredOn(b -> b.festivals().contains(ChinaPublicHoliday.LABOUR_DAY))
                    .singleElement().isEqualTo(Block.of(ChinaPublicHoliday.LABOUR_DAY, List.of(LocalDate.of(2019, 5, 1)),
                            List.of()));
            assertThat(s.sources()).containsExactly(Notices.parse("2019").source(), earlier.source(), later.source());
        }
    }
}
