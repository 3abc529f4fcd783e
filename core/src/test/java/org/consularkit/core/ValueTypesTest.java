package org.consularkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.consularkit.core.booking.OfficeState;
import org.consularkit.core.booking.OfficeStatus;
import org.consularkit.core.calendar.CalendarDay;
import org.consularkit.core.calendar.DayType;
import org.consularkit.core.calendar.Holiday;
import org.consularkit.core.calendar.HolidayKind;
import org.consularkit.core.calendar.HolidayStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests of the small value types of the calendar contract. */
class ValueTypesTest {

    @Nested
    class DayTypeTest {
        @Test
        void workingDaysAreWorkdayAndMakeupWorkday() {
            assertThat(DayType.WORKDAY.isWorkingDay()).isTrue();
            assertThat(DayType.MAKEUP_WORKDAY.isWorkingDay()).isTrue();
            assertThat(DayType.WEEKEND.isWorkingDay()).isFalse();
            assertThat(DayType.PUBLIC_HOLIDAY.isWorkingDay()).isFalse();
            assertThat(DayType.REST_DAY.isWorkingDay()).isFalse();
            assertThat(DayType.CLOSURE.isWorkingDay()).isFalse();
        }

        @Test
        void precedenceIsTheDocumentedOrder() {
            List<DayType> order = List.of(DayType.PUBLIC_HOLIDAY, DayType.REST_DAY, DayType.CLOSURE,
                    DayType.WEEKEND, DayType.MAKEUP_WORKDAY, DayType.WORKDAY);
            for (int i = 0; i < order.size(); i++) {
                for (int j = 0; j < order.size(); j++) {
                    assertThat(order.get(i).precedes(order.get(j))).isEqualTo(i < j);
                    assertThat(DayType.strongest(order.get(i), order.get(j))).isEqualTo(order.get(Math.min(i, j)));
                }
            }
        }
    }

    @Nested
    class HolidayStatusTest {
        @Test
        void weakestIsProvisionalIfEither() {
            assertThat(HolidayStatus.weakest(HolidayStatus.OFFICIAL, HolidayStatus.OFFICIAL)).isEqualTo(HolidayStatus.OFFICIAL);
            assertThat(HolidayStatus.weakest(HolidayStatus.OFFICIAL, HolidayStatus.PROVISIONAL)).isEqualTo(HolidayStatus.PROVISIONAL);
            assertThat(HolidayStatus.weakest(HolidayStatus.PROVISIONAL, HolidayStatus.OFFICIAL)).isEqualTo(HolidayStatus.PROVISIONAL);
        }

        /** Every pair: a forecast is weaker than a provisional answer, which is weaker than an official one. */
        @Test
        void weakestOfEveryPairIsTheLaterInTheOrderOfCertainty() {
            List<HolidayStatus> order = List.of(HolidayStatus.OFFICIAL, HolidayStatus.PROVISIONAL, HolidayStatus.FORECAST);
            assertThat(HolidayStatus.values()).containsExactlyElementsOf(order);
            for (int i = 0; i < order.size(); i++) {
                for (int j = 0; j < order.size(); j++) {
                    assertThat(HolidayStatus.weakest(order.get(i), order.get(j))).isEqualTo(order.get(Math.max(i, j)));
                }
            }
        }
    }

    @Nested
    class LocalizedTextTest {
        private final LocalizedText text = LocalizedText.of("Spring Festival", "春节");

        @Test
        void chineseForAnyZhLocaleEnglishOtherwise() {
            assertThat(text.get(Locale.forLanguageTag("zh-CN"))).isEqualTo("春节");
            assertThat(text.get(Locale.forLanguageTag("zh-Hans"))).isEqualTo("春节");
            assertThat(text.get(Locale.forLanguageTag("zh"))).isEqualTo("春节");
            assertThat(text.get(Locale.ENGLISH)).isEqualTo("Spring Festival");
            assertThat(text.get(Locale.forLanguageTag("hi-IN"))).isEqualTo("Spring Festival");
            assertThat(text.english()).isEqualTo("Spring Festival");
            assertThat(text.chinese()).isEqualTo("春节");
        }

        @Test
        void valueSemantics() {
            assertThat(text).isEqualTo(LocalizedText.of("Spring Festival", "春节"))
                    .hasSameHashCodeAs(LocalizedText.of("Spring Festival", "春节"))
                    .isNotEqualTo(LocalizedText.of("Spring Festival", "春節"));
            assertThat(text).hasToString("Spring Festival / 春节");
        }

        @Test
        void unequalTextsHaveDifferentHashCodes() {
            List<LocalizedText> texts = List.of(text, LocalizedText.of("Spring Festival", "春節"),
                    LocalizedText.of("Spring festival", "春节"), LocalizedText.of("a", "b"), LocalizedText.of("b", "a"));
            assertThat(texts.stream().map(LocalizedText::hashCode).distinct()).hasSize(texts.size());
        }

        @Test
        void aHugeBlankRejectedTextIsQuotedShort() {
            String huge = "x".repeat(1_000_000);
            assertThatThrownBy(() -> LocalizedText.of(huge, " "))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Localized text must not be blank, but was en='" + "x".repeat(58)
                            + "… (1000000 characters)', zh=' '");
        }

        @Test
        void blankTextsAreRejected() {
            assertThatThrownBy(() -> LocalizedText.of(" ", "春节"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Localized text must not be blank, but was en=' ', zh='春节'");
            assertThatThrownBy(() -> LocalizedText.of("x", null))
                    .isInstanceOf(NullPointerException.class).hasMessage("chinese");
            assertThatThrownBy(() -> text.get(null))
                    .isInstanceOf(NullPointerException.class).hasMessage("locale");
        }
    }

    @Nested
    class SourceTest {
        private final URI url = URI.create("https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm");

        @Test
        void referenceIsTheUrlWhenKnown() {
            Source withUrl = Source.of(SourceType.NOTICE, "国务院办公厅关于2026年部分节假日安排的通知", url);
            assertThat(withUrl.reference()).isEqualTo(url.toString());
            assertThat(withUrl.url()).contains(url);
            assertThat(withUrl).hasToString("国务院办公厅关于2026年部分节假日安排的通知 <" + url + ">");
            Source citation = Source.of(SourceType.STATUTE, "5 U.S.C. 6103(a)");
            assertThat(citation.reference()).isEqualTo("5 U.S.C. 6103(a)");
            assertThat(citation.url()).isEmpty();
            assertThat(citation).hasToString("5 U.S.C. 6103(a)");
            assertThat(citation.type()).isEqualTo(SourceType.STATUTE);
        }

        @Test
        void valueSemantics() {
            assertThat(Source.of(SourceType.STATUTE, "a")).isEqualTo(Source.of(SourceType.STATUTE, "a"))
                    .hasSameHashCodeAs(Source.of(SourceType.STATUTE, "a"))
                    .isNotEqualTo(Source.of(SourceType.NOTICE, "a"))
                    .isNotEqualTo(Source.of(SourceType.STATUTE, "a", url));
        }

        @Test
        void theCitationIsKeptStripped() {
            assertThat(Source.of(SourceType.STATUTE, "  5 U.S.C. 6103(a) ").citation()).isEqualTo("5 U.S.C. 6103(a)");
            assertThat(Source.of(SourceType.NOTICE, "n", url).citation()).isEqualTo("n");
        }

        @Test
        void unequalSourcesHaveDifferentHashCodes() {
            List<Source> sources = List.of(Source.of(SourceType.STATUTE, "a"), Source.of(SourceType.NOTICE, "a"),
                    Source.of(SourceType.STATUTE, "b"), Source.of(SourceType.STATUTE, "a", url));
            assertThat(sources.stream().map(Source::hashCode).distinct()).hasSize(sources.size());
        }

        @Test
        void aHugeInvalidUrlIsQuotedShort() {
            URI huge = URI.create("ftp://example.org/" + "x".repeat(1_000_000));
            assertThatThrownBy(() -> Source.of(SourceType.STATUTE, "x", huge))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Source URL must be absolute http(s), but was ftp://example.org/" + "x".repeat(40)
                            + "… (1000018 characters)");
        }

        @Test
        void invalidSourcesAreRejected() {
            assertThatThrownBy(() -> Source.of(SourceType.STATUTE, " "))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("Source citation must not be blank");
            assertThatThrownBy(() -> Source.of(SourceType.STATUTE, "x", URI.create("ftp://example.org/x")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Source URL must be absolute http(s), but was ftp://example.org/x");
            assertThatThrownBy(() -> Source.of(SourceType.STATUTE, "x", URI.create("relative/x")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class CalendarDayTest {
        @Test
        void rejectsOccurrencesThatDoNotContainTheDate() {
            Holiday h = Holiday.builder("x", 2026, LocalizedText.of("X", "十"), HolidayKind.STATUTORY)
                    .day(LocalDate.of(2026, 7, 3), DayType.PUBLIC_HOLIDAY)
                    .source(Source.of(SourceType.STATUTE, "s")).build();
            assertThatThrownBy(() -> new CalendarDay(LocalDate.of(2026, 7, 4), DayType.WEEKEND, List.of(h),
                    HolidayStatus.OFFICIAL))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Holiday x/2026 does not contain 2026-07-04");
            CalendarDay day = new CalendarDay(LocalDate.of(2026, 7, 3), DayType.PUBLIC_HOLIDAY, List.of(h, h),
                    HolidayStatus.OFFICIAL);
            assertThat(day.holidayNames(Locale.ENGLISH)).containsExactly("X");
            assertThat(day.sources()).containsExactly(Source.of(SourceType.STATUTE, "s"));
            assertThat(day.isWorkingDay()).isFalse();
        }

        @Test
        void aDayWithoutHolidaysHasNoNamesAndStillRejectsANullLocale() {
            CalendarDay day = new CalendarDay(LocalDate.of(2026, 7, 6), DayType.WORKDAY, List.of(), HolidayStatus.OFFICIAL);
            assertThat(day.holidayNames(Locale.ENGLISH)).isEmpty();
            assertThatNullPointerException().isThrownBy(() -> day.holidayNames(null)).withMessage("locale");
        }

        @Test
        void workdaysAndMakeupWorkdaysAreWorkingDays() {
            LocalDate d = LocalDate.of(2026, 7, 6);
            assertThat(new CalendarDay(d, DayType.WORKDAY, List.of(), HolidayStatus.OFFICIAL).isWorkingDay()).isTrue();
            assertThat(new CalendarDay(d, DayType.MAKEUP_WORKDAY, List.of(), HolidayStatus.OFFICIAL).isWorkingDay())
                    .isTrue();
            assertThat(new CalendarDay(d, DayType.REST_DAY, List.of(), HolidayStatus.OFFICIAL).isWorkingDay()).isFalse();
        }
    }

    @Nested
    class OfficeStatusTest {
        private final Source source = Source.of(SourceType.NOTICE, "renovation notice");
        private final LocalizedText note = LocalizedText.of("limited services during a renovation", "装修期间仅提供有限服务");

        @Test
        void withAndWithoutAStartDate() {
            OfficeStatus dated = OfficeStatus.of(OfficeState.LIMITED, LocalDate.of(2025, 6, 1), note, List.of(source));
            OfficeStatus undated = OfficeStatus.of(OfficeState.LIMITED, note, List.of(source));
            assertThat(dated).hasToString("LIMITED since 2025-06-01");
            assertThat(undated).hasToString("LIMITED");
            assertThat(undated.since()).isEmpty();
            assertThat(undated.note()).contains(note);
            assertThat(undated.sources()).containsExactly(source);
            assertThat(undated).isNotEqualTo(dated).isEqualTo(OfficeStatus.of(OfficeState.LIMITED, note, List.of(source)));
            assertThat(undated.hashCode()).isEqualTo(OfficeStatus.of(OfficeState.LIMITED, note, List.of(source)).hashCode());
            assertThat(OfficeStatus.open().since()).isEmpty();
            assertThat(OfficeStatus.open().sources()).isEmpty();
        }

        @Test
        void datesAndNotesAreEachOptional() {
            OfficeStatus closed = OfficeStatus.of(OfficeState.CLOSED, Optional.of(LocalDate.of(2020, 7, 27)),
                    Optional.empty(), List.of(source));
            assertThat(closed).hasToString("CLOSED since 2020-07-27");
            assertThat(closed.note()).isEmpty();
            assertThat(closed.isOperating()).isFalse();
            OfficeStatus citedOpen = OfficeStatus.of(OfficeState.OPEN, Optional.empty(), Optional.empty(), List.of(source));
            assertThat(citedOpen).hasToString("OPEN").isNotEqualTo(OfficeStatus.open());
            assertThat(citedOpen.isOperating()).isTrue();
            assertThat(OfficeStatus.of(OfficeState.OPEN, Optional.empty(), Optional.empty(), List.of()))
                    .isSameAs(OfficeStatus.open());
            assertThatThrownBy(() -> OfficeStatus.of(OfficeState.CLOSED, Optional.of(LocalDate.of(2020, 7, 27)),
                    Optional.empty(), List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Office status CLOSED since 2020-07-27 needs a source");
        }

        @ParameterizedTest
        @CsvSource({
            "OPEN,      true,  open,      开放",
            "LIMITED,   true,  limited,   有限服务",
            "SUSPENDED, false, suspended, 暂停服务",
            "CLOSED,    false, closed,    已关闭",
        })
        void statesOperateAndHaveNames(OfficeState state, boolean operating, String en, String zh) {
            assertThat(state.isOperating()).isEqualTo(operating);
            assertThat(state.displayName(Locale.ENGLISH)).isEqualTo(en);
            assertThat(state.displayName(LocalizedText.SIMPLIFIED_CHINESE)).isEqualTo(zh);
            assertThat(state.displayName()).isEqualTo(LocalizedText.of(en, zh));
        }

        @Test
        void aStatusNeedsASource() {
            assertThatThrownBy(() -> OfficeStatus.of(OfficeState.SUSPENDED, note, List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("Office status SUSPENDED needs a source");
            assertThatThrownBy(() -> OfficeStatus.of(OfficeState.SUSPENDED, LocalDate.of(2020, 7, 27), note, List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Office status SUSPENDED since 2020-07-27 needs a source");
            assertThatThrownBy(() -> OfficeStatus.of(OfficeState.SUSPENDED, null, List.of(source)))
                    .isInstanceOf(NullPointerException.class).hasMessage("note");
        }
    }
}
