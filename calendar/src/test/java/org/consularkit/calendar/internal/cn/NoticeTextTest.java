package org.consularkit.calendar.internal.cn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NoticeTextTest {

    private static NoticeText only(String raw) {
        List<NoticeText> lines = NoticeText.lines(raw);
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }

    @Nested
    class SmallNumber {

        @Test
        void oneNumeralIsItsDigit() {
            assertThat(NoticeText.smallNumber("七")).isEqualTo(7);
            assertThat(NoticeText.smallNumber("〇")).isZero();
        }

        @Test
        void tenAloneAndTensWithAndWithoutUnits() {
            assertThat(NoticeText.smallNumber("十")).isEqualTo(10);
            assertThat(NoticeText.smallNumber("十二")).isEqualTo(12);
            assertThat(NoticeText.smallNumber("二十")).isEqualTo(20);
            assertThat(NoticeText.smallNumber("二十一")).isEqualTo(21);
            assertThat(NoticeText.smallNumber("三十一")).isEqualTo(31);
        }

        @Test
        void emptyAndLongerThanThreeNumeralsAreNotANumber() {
            assertThat(NoticeText.smallNumber("")).isEqualTo(-1);
            assertThat(NoticeText.smallNumber("二十一一")).isEqualTo(-1);
        }

        @Test
        void twoTensAreNotANumber() {
            assertThat(NoticeText.smallNumber("十十")).isEqualTo(-1);
        }

        @Test
        void zeroTensAreNotANumber() {
            assertThat(NoticeText.smallNumber("零十")).isEqualTo(-1);
            assertThat(NoticeText.smallNumber("〇十五")).isEqualTo(-1);
        }

        @Test
        void tenAfterTwoNumeralsIsNotANumber() {
            assertThat(NoticeText.smallNumber("一二十")).isEqualTo(-1);
        }

        @Test
        void twoNumeralsWithoutTenOrTwoUnitsAreNotANumber() {
            assertThat(NoticeText.smallNumber("二一")).isEqualTo(-1);
            assertThat(NoticeText.smallNumber("十二一")).isEqualTo(-1);
        }
    }

    @Nested
    class ChineseNumerals {

        @Test
        void fourNumeralYearIsWrittenInDigits() {
            assertThat(only("二〇二五年").text()).isEqualTo("2025年");
            assertThat(only("二○二五年").text()).isEqualTo("2025年");
        }

        @Test
        void fourNumeralsWithATenBeforeYearAreKept() {
            assertThat(only("十二三四年").text()).isEqualTo("十二三四年");
        }

        @Test
        void threeNumeralDayIsWrittenInDigits() {
            assertThat(only("十二月三十一日").text()).isEqualTo("12月31日");
            assertThat(only("一月二十一日").text()).isEqualTo("1月21日");
        }

        @Test
        void zeroDayIsKept() {
            assertThat(only("一月零日").text()).isEqualTo("1月零日");
        }

        @Test
        void digitsTakeTheColumnOfTheFirstNumeral() {
            NoticeText t = only("一月三十一日");
            assertThat(t.text()).isEqualTo("1月31日");
            assertThat(t.columnAt(2)).isEqualTo(3);
            assertThat(t.columnAt(3)).isEqualTo(3);
            assertThat(t.columnAt(4)).isEqualTo(6);
        }
    }

    @Nested
    class Lines {

        @Test
        void lastLineWithoutLineBreakIsKept() {
            List<NoticeText> lines = NoticeText.lines("甲\r\n\n 乙");
            assertThat(lines).extracting(NoticeText::text).containsExactly("甲", "乙");
            assertThat(lines.get(1).line()).isEqualTo(3);
            assertThat(lines.get(1).columnAt(0)).isEqualTo(2);
        }

        @Test
        void aCompatibilityCharacterThatExpandsKeepsItsColumn() {
            NoticeText t = only("¼¼¼¼¼");
            assertThat(t.text()).isEqualTo("1\u20444".repeat(5));
            assertThat(t.columnAt(2)).isEqualTo(1);
            assertThat(t.columnAt(3)).isEqualTo(2);
            assertThat(t.columnAt(14)).isEqualTo(5);
        }

        @Test
        void toStringIsTheText() {
            assertThat(only("元旦").toString()).isEqualTo("元旦");
        }
    }

    @Nested
    class Positions {

        @Test
        void anIndexPastTheEndHasThePositionOfTheLastCharacter() {
            NoticeText t = NoticeText.join(NoticeText.lines("甲乙\n丙"));
            assertThat(t.lineAt(99)).isEqualTo(2);
            assertThat(t.columnAt(99)).isEqualTo(1);
            assertThat(t.lineAt(-1)).isEqualTo(1);
            assertThat(t.columnAt(1)).isEqualTo(2);
        }

        @Test
        void joinMarksWhereEachLineStarts() {
            NoticeText t = NoticeText.join(NoticeText.lines("甲乙\n丙"));
            assertThat(t.text()).isEqualTo("甲乙丙");
            assertThat(t.startsLine(0)).isTrue();
            assertThat(t.startsLine(1)).isFalse();
            assertThat(t.startsLine(2)).isTrue();
            assertThat(t.startsLine(3)).isFalse();
            assertThat(t.startsLine(-1)).isFalse();
        }

        @Test
        void joinIgnoresAnEmptyPart() {
            NoticeText a = only("甲乙");
            NoticeText t = NoticeText.join(List.of(a, a.sub(2, 2)));
            assertThat(t.text()).isEqualTo("甲乙");
            assertThat(t.startsLine(0)).isTrue();
            assertThat(t.startsLine(1)).isFalse();
        }
    }
}
