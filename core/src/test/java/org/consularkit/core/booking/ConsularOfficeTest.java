package org.consularkit.core.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.consularkit.core.TestData.cst;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.consularkit.core.LocalizedText;
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
        String huge = "Chengdu" + "x".repeat(1 << 20);
        assertThatThrownBy(() -> ConsularOffice.builder(huge, CHENGDU.displayName(), CHENGDU.zone()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Office id must be lower-case words joined by '-', but was 'Chengdu" + "x".repeat(51)
                        + "… (1048583 characters)'");
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

    /** Two offices are equal exactly when every part is equal; each part changes the hash. */
    @Test
    void equalityFollowsEveryPart() {
        ConsularOffice same = copy(CHENGDU.id(), CHENGDU.displayName(), CHENGDU.zone()).build();
        assertThat(same).isEqualTo(CHENGDU).hasSameHashCodeAs(CHENGDU).isNotEqualTo(CHENGDU.toString());
        ConsularOffice open = TestData.openChengdu();
        List<ConsularOffice> others = List.of(
                copy("shenyang", CHENGDU.displayName(), CHENGDU.zone()).build(),
                copy(CHENGDU.id(), LocalizedText.of("Chengdu", "成都"), CHENGDU.zone()).build(),
                copy(CHENGDU.id(), CHENGDU.displayName(), ZoneId.of("Asia/Chongqing")).build(),
                copy(CHENGDU.id(), CHENGDU.displayName(), CHENGDU.zone())
                        .closures(TestData.calendar("other", 2024, 2028, TestData.HOLIDAYS, java.util.Set.of())).build(),
                copy(CHENGDU.id(), CHENGDU.displayName(), CHENGDU.zone())
                        .officeHours(TestData.ACS_WINDOW).build(),
                copy(CHENGDU.id(), CHENGDU.displayName(), CHENGDU.zone())
                        .policy(CHENGDU.policy().toBuilder().noWalkIns().build()).build(),
                copy(CHENGDU.id(), CHENGDU.displayName(), CHENGDU.zone())
                        .catalogue(ServiceCatalogue.of("small", TestData.CATALOGUE.services(), TestData.CATALOGUE.rules()))
                        .build(),
                copy(CHENGDU.id(), CHENGDU.displayName(), CHENGDU.zone())
                        .services(List.of(ConsularService.PASSPORT)).build(),
                open);
        for (ConsularOffice other : others) {
            assertThat(other).as("%s", other).isNotEqualTo(CHENGDU);
            assertThat(other.hashCode()).as("%s", other).isNotEqualTo(CHENGDU.hashCode());
        }
    }

    /** A builder filled with every part of {@link #CHENGDU} but the id, name and zone given. */
    private static ConsularOffice.Builder copy(String id, LocalizedText name, ZoneId zone) {
        return ConsularOffice.builder(id, name, zone).officeHours(CHENGDU.officeHours().schedule())
                .closures(CHENGDU.closures()).policy(CHENGDU.policy()).catalogue(CHENGDU.catalogue())
                .services(CHENGDU.services()).status(CHENGDU.status());
    }
}
