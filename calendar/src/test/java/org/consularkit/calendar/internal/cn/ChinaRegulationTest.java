package org.consularkit.calendar.internal.cn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import org.consularkit.core.SourceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChinaRegulationTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"2000, RULES_1999", "2007, RULES_1999", "2008, RULES_2008", "2013, RULES_2008",
            "2014, RULES_2014", "2024, RULES_2014", "2025, RULES_2025", "2100, RULES_2025"})
    void eraOfAYear(int year, ChinaRegulation expected) {
        assertThat(ChinaRegulation.of(year)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            RULES_1999 | 10 | 国务院令第270号
            RULES_2008 | 11 | 国务院令第513号
            RULES_2014 | 11 | 国务院令第644号
            RULES_2025 | 13 | 国务院令第795号
            """)
    void countsAndDecrees(ChinaRegulation r, int days, String decree) {
        assertThat(r.statutoryDayCount()).isEqualTo(days);
        assertThat(r.statute().type()).isEqualTo(SourceType.STATUTE);
        assertThat(r.statute().citation()).startsWith("全国年节及纪念日放假办法").contains(decree);
    }

    @ParameterizedTest
    @ValueSource(ints = {1999, 2101, 0})
    void yearsOutsideTheRange(int year) {
        assertThatThrownBy(() -> ChinaRegulation.of(year)).isInstanceOf(DateTimeException.class)
                .hasMessage("China's public holidays are known for the years 2000-2100; year " + year
                        + " is outside that range");
    }

    @Test
    void theVersionsCoverTheLibrarysYearsWithoutGapOrOverlap() {
        ChinaRegulation[] all = ChinaRegulation.values();
        assertThat(all[0].firstYear()).isEqualTo(ChinaRegulation.FIRST_YEAR);
        assertThat(all[all.length - 1].lastYear()).isEqualTo(ChinaRegulation.LAST_YEAR);
        for (int i = 1; i < all.length; i++) {
            assertThat(all[i].firstYear()).as(all[i].name()).isEqualTo(all[i - 1].lastYear() + 1);
        }
        assertThat(ChinaRegulation.RULES_2014.firstYear()).isEqualTo(2014);
        assertThat(ChinaRegulation.RULES_2014.lastYear()).isEqualTo(2024);
    }
}
