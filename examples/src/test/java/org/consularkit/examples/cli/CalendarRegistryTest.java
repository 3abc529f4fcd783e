package org.consularkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.consularkit.core.calendar.HolidayCalendar;
import org.junit.jupiter.api.Test;

class CalendarRegistryTest {

    @Test
    void idsInOrderAndLookUp() {
        HolidayCalendar test = TestCalendars.calendar();
        Map<String, Supplier<? extends HolidayCalendar>> map = new LinkedHashMap<>();
        map.put("zz", () -> test);
        map.put("aa", () -> test);
        CalendarRegistry registry = CalendarRegistry.of(map);
        assertThat(registry.ids()).containsExactly("zz", "aa");
        assertThat(registry.get("aa")).isSameAs(test);
    }

    @Test
    void unknownIdNamesItAndListsTheKnownIds() {
        HolidayCalendar test = TestCalendars.calendar();
        Map<String, Supplier<? extends HolidayCalendar>> map = new LinkedHashMap<>();
        map.put("us-federal", () -> test);
        map.put("cn", () -> test);
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarRegistry.of(map).get("US-federal"))
                .withMessage("Unknown calendar 'US-federal'; known calendars: us-federal, cn");
    }

    @Test
    void suppliersAreCalledOnlyWhenAskedFor() {
        CalendarRegistry registry = CalendarRegistry.of(Map.of("bad", () -> {
            throw new AssertionError("not asked for");
        }, "test", TestCalendars::calendar));
        assertThat(registry.get("test").id()).isEqualTo("test");
    }
}
