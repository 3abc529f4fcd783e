package org.consularkit.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WeeklyHoursTest {

    @ParameterizedTest
    @ValueSource(strings = {"Mo-Fr 08:00-17:00; PH off", "Mo,Tu,Th 13:00-16:00", "Mo-Fr 08:00-12:00,13:00-17:00; PH off",
        "Mo,Tu,Th,Fr 09:00-11:00", "Mo-We,Fr 09:00-10:00; Sa 10:00-11:00"})
    void roundTrips(String text) {
        assertThat(WeeklyHours.parse(text)).hasToString(text);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "MONDAY, 07:59, false", "MONDAY, 08:00, true", "MONDAY, 11:59, true", "MONDAY, 12:00, false",
        "MONDAY, 12:59, false", "MONDAY, 13:00, true", "FRIDAY, 16:59:59, true", "FRIDAY, 17:00, false",
        "SATURDAY, 10:00, false", "SUNDAY, 10:00, false"})
    void halfOpenRangesWithALunchBreak(DayOfWeek day, LocalTime time, boolean open) {
        assertThat(WeeklyHours.parse("Mo-Fr 08:00-12:00,13:00-17:00; PH off").isOpen(day, time)).isEqualTo(open);
    }

    @Test
    void everyMinuteOfTheWeek() {
        WeeklyHours h = WeeklyHours.parse("Mo,Tu,Th 13:00-16:00");
        int open = 0;
        for (DayOfWeek d : DayOfWeek.values()) {
            for (int m = 0; m < 24 * 60; m++) {
                LocalTime t = LocalTime.of(m / 60, m % 60);
                boolean expected = (d == DayOfWeek.MONDAY || d == DayOfWeek.TUESDAY || d == DayOfWeek.THURSDAY)
                        && m >= 13 * 60 && m < 16 * 60;
                assertThat(h.isOpen(d, t)).as(d + " " + t).isEqualTo(expected);
                open += expected ? 1 : 0;
            }
        }
        assertThat(open).isEqualTo(3 * 180);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Mo-Fr 8-17           | Opening hours 'Mo-Fr 8-17': rule 'Mo-Fr 8-17' is not of the form 'Mo-Fr 08:00-17:00' or 'PH off'
            Fr-Mo 08:00-17:00    | Opening hours 'Fr-Mo 08:00-17:00': day range 'Fr-Mo' runs backwards
            Mo 17:00-08:00       | Opening hours 'Mo 17:00-08:00': range '17:00-08:00' must end after it starts, on the same day
            Mo 08:00-12:00,11:00-17:00 | Opening hours 'Mo 08:00-12:00,11:00-17:00': range '11:00-17:00' overlaps or precedes the range before it
            Mo 08:00-12:00; Mo 13:00-17:00 | Opening hours 'Mo 08:00-12:00; Mo 13:00-17:00': Mo appears in more than one rule
            Mo 25:00-26:00       | Opening hours 'Mo 25:00-26:00': bad time in '25:00-26:00'
            PH off; PH off       | Opening hours 'PH off; PH off' repeat 'PH off'
            """)
    void errors(String text, String message) {
        assertThatThrownBy(() -> WeeklyHours.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }
}
