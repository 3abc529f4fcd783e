package org.consularkit.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UsFederalOptionsTest {

    private static final UsFederalOptions DEFAULTS = UsFederalOptions.defaults();

    @Nested
    class Defaults {

        @Test
        void includeExecutiveOrderClosings() {
            assertThat(DEFAULTS.executiveOrderClosings()).isTrue();
        }

        @Test
        void leaveOutInaugurationDayBecauseAPostAbroadNeverObservesIt() {
            assertThat(DEFAULTS.inaugurationDay()).isFalse();
            assertThat(DEFAULTS.calendarId()).isEqualTo("us-federal");
        }
    }

    @Nested
    class Withers {

        @Test
        void switchClosingsOffAndOnAgain() {
            UsFederalOptions off = DEFAULTS.withExecutiveOrderClosings(false);
            assertThat(off.executiveOrderClosings()).isFalse();
            assertThat(off.inaugurationDay()).isFalse();
            assertThat(off.withExecutiveOrderClosings(true)).isEqualTo(DEFAULTS);
        }

        @Test
        void switchInaugurationDayOnChangesTheCalendarId() {
            UsFederalOptions dc = DEFAULTS.withInaugurationDay(true);
            assertThat(dc.inaugurationDay()).isTrue();
            assertThat(dc.executiveOrderClosings()).isTrue();
            assertThat(dc.calendarId()).isEqualTo("us-federal-dc");
            assertThat(dc.withExecutiveOrderClosings(false).calendarId()).isEqualTo("us-federal-dc");
        }

        @Test
        void keepTheOtherSetting() {
            UsFederalOptions both = DEFAULTS.withExecutiveOrderClosings(false).withInaugurationDay(true);
            assertThat(both.executiveOrderClosings()).isFalse();
            assertThat(both.inaugurationDay()).isTrue();
        }

        @Test
        void leaveTheOriginalUnchanged() {
            DEFAULTS.withExecutiveOrderClosings(false).withInaugurationDay(true);
            assertThat(UsFederalOptions.defaults().executiveOrderClosings()).isTrue();
            assertThat(UsFederalOptions.defaults().inaugurationDay()).isFalse();
        }
    }

    @Nested
    class Equality {

        @Test
        void equalsAndHashCodeFollowTheTwoSettings() {
            List<UsFederalOptions> all = List.of(
                    DEFAULTS,
                    DEFAULTS.withExecutiveOrderClosings(false),
                    DEFAULTS.withInaugurationDay(true),
                    DEFAULTS.withExecutiveOrderClosings(false).withInaugurationDay(true));
            for (int i = 0; i < all.size(); i++) {
                for (int j = 0; j < all.size(); j++) {
                    assertThat(all.get(i).equals(all.get(j))).as(i + " vs " + j).isEqualTo(i == j);
                }
                UsFederalOptions same = DEFAULTS.withExecutiveOrderClosings(all.get(i).executiveOrderClosings())
                        .withInaugurationDay(all.get(i).inaugurationDay());
                assertThat(same).isEqualTo(all.get(i)).hasSameHashCodeAs(all.get(i));
            }
            assertThat(all).extracting(UsFederalOptions::hashCode).doesNotHaveDuplicates();
        }

        @Test
        void isNotEqualToNullOrAnotherType() {
            assertThat(DEFAULTS.equals(null)).isFalse();
            assertThat(DEFAULTS.equals((Object) "us-federal")).isFalse();
        }
    }

    @Test
    void toStringNamesBothSettings() {
        assertThat(DEFAULTS).hasToString("UsFederalOptions[executiveOrderClosings=true, inaugurationDay=false]");
        assertThat(DEFAULTS.withExecutiveOrderClosings(false).withInaugurationDay(true))
                .hasToString("UsFederalOptions[executiveOrderClosings=false, inaugurationDay=true]");
    }
}
