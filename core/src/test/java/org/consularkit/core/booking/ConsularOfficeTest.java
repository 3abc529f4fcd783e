package org.consularkit.core.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.consularkit.core.TestData.cst;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import org.consularkit.core.TestData;
import org.consularkit.core.hours.OpeningHours;
import org.junit.jupiter.api.Test;

class ConsularOfficeTest {

    private static final ConsularOffice CHENGDU = TestData.chengdu();

    @Test
    void officeHoursAreMondayToFriday8To17ExceptHolidays() {
        OpeningHours h = CHENGDU.officeHours();
        assertThat(h.isOpen(cst("2026-03-06T08:00").toInstant())).isTrue();
        assertThat(h.isOpen(cst("2026-03-06T16:59:59").toInstant())).isTrue();
        assertThat(h.isOpen(cst("2026-03-06T17:00").toInstant())).isFalse();
        assertThat(h.isOpen(cst("2026-03-07T10:00").toInstant())).isFalse();
        assertThat(h.isOpen(cst("2026-10-01T10:00").toInstant())).isFalse();
        assertThat(h.schedule()).hasToString("Mo-Fr 08:00-17:00; PH off");
    }

    @Test
    void appointmentsAndWalkInsShareTheMondayTuesdayThursdayWindow() {
        assertThat(CHENGDU.appointmentHours().schedule()).hasToString("Mo,Tu,Th 13:00-16:00; PH off");
        assertThat(CHENGDU.walkInHours()).get().extracting(OpeningHours::schedule)
                .isEqualTo(CHENGDU.appointmentHours().schedule());
        for (DayOfWeek d : DayOfWeek.values()) {
            assertThat(CHENGDU.policy().appointmentWindow().windows(d)).as("%s", d)
                    .hasSize(TestData.isAcsDay(d) ? 1 : 0);
        }
    }

    @Test
    void zoneStatusAndRulesComeFromTheSeedPage() {
        assertThat(CHENGDU.zone()).hasToString("Asia/Shanghai");
        assertThat(CHENGDU.status().state()).isEqualTo(OfficeState.CLOSED);
        assertThat(CHENGDU.status()).hasToString("CLOSED since 2020-07-27");
        assertThat(CHENGDU.policy().prohibitedItems()).containsExactly(VisitorItem.LAPTOP);
        assertThat(CHENGDU.policy().arriveEarly()).isEqualTo(Duration.ofMinutes(15));
        assertThat(CHENGDU.policy().lateCancellation()).isEqualTo(Duration.ofMinutes(15));
        assertThat(CHENGDU.services()).containsExactly(ConsularService.values());
        assertThat(CHENGDU).hasToString(
                "ConsularOffice[chengdu, Asia/Shanghai, Mo-Fr 08:00-17:00; PH off, CLOSED since 2020-07-27]");
    }

    @Test
    void requiresHoursCalendarAndPolicy() {
        assertThatThrownBy(() -> ConsularOffice.builder("x", CHENGDU.displayName(), CHENGDU.zone()).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Office x needs office hours, a closure calendar, an appointment policy and a service catalogue");
        assertThatThrownBy(() -> ConsularOffice.builder("Chengdu", CHENGDU.displayName(), CHENGDU.zone()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Office id must be lower-case words joined by '-', but was 'Chengdu'");
    }

    @Test
    void offeredServicesMustBeInTheCatalogue() {
        ServiceCatalogue small = ServiceCatalogue.of("small", List.of(TestData.CATALOGUE
                .info(ConsularService.PASSPORT).orElseThrow()), TestData.CATALOGUE.rules());
        assertThatThrownBy(() -> ConsularOffice.builder("x", CHENGDU.displayName(), CHENGDU.zone())
                .officeHours(TestData.OFFICE_HOURS).closures(CHENGDU.closures()).policy(CHENGDU.policy())
                .catalogue(small).services(List.of(ConsularService.NOTARIAL)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Office x offers NOTARIAL, which catalogue small does not list");
    }
}
