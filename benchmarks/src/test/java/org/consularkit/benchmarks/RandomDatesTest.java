package org.consularkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RandomDatesTest {

    private static final LocalDate FIRST = LocalDate.of(1971, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    @Test
    void sameDatesOnEveryCall() {
        assertThat(RandomDates.between(FIRST, LAST)).containsExactly(RandomDates.between(FIRST, LAST));
    }

    @Test
    void powerOfTwoCountWithinTheRangeAndSpreadOverIt() {
        LocalDate[] dates = RandomDates.between(FIRST, LAST);
        assertThat(dates).hasSize(RandomDates.COUNT);
        assertThat(Integer.bitCount(RandomDates.COUNT)).isEqualTo(1);
        assertThat(RandomDates.MASK).isEqualTo(RandomDates.COUNT - 1);
        assertThat(dates).allMatch(d -> !d.isBefore(FIRST) && !d.isAfter(LAST));
        assertThat(Arrays.stream(dates).mapToInt(LocalDate::getYear).distinct().count()).isEqualTo(130);
    }

    @Test
    void oneDayRange() {
        assertThat(RandomDates.between(FIRST, FIRST)).containsOnly(FIRST);
    }

    @Test
    void rejectsAReversedRange() {
        assertThatThrownBy(() -> RandomDates.between(/* first= */ LAST, /* last= */ FIRST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Last date 1971-01-01 is before the first date 2100-12-31");
    }
}
