package org.consularkit.core.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.consularkit.core.LocalizedText;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

    private static final Violation MULTIPLE = Violation.of(ViolationCode.MULTIPLE_SERVICES, Map.of(),
            LocalizedText.of("One service per appointment.", "每次预约只办一项业务。"));
    private static final Violation SUSPENDED = Violation.of(ViolationCode.POST_SUSPENDED, Map.of("since", "2020-07-27"),
            LocalizedText.of("The post is suspended.", "该馆已暂停。"));
    private static final Violation MISMATCH = Violation.of(ViolationCode.APPOINTMENT_TYPE_MISMATCH, Map.of(),
            LocalizedText.of("Wrong appointment type.", "预约类型不符。"));

    /** Violations are ordered by code, the order of {@link ViolationCode}; a report lists each once. */
    @Test
    void violationsAreOrderedByCode() {
        ValidationReport r = ValidationReport.of(List.of(SUSPENDED, MULTIPLE, MISMATCH));
        assertThat(r.codes()).containsExactly(ViolationCode.APPOINTMENT_TYPE_MISMATCH, ViolationCode.MULTIPLE_SERVICES,
                ViolationCode.POST_SUSPENDED);
        assertThat(r.violations()).containsExactly(MISMATCH, MULTIPLE, SUSPENDED);
        assertThat(r.violations(Severity.WARNING)).containsExactly(SUSPENDED);
        assertThat(r.violations(Severity.ERROR)).containsExactly(MISMATCH, MULTIPLE);
    }

    /** {@code has} and {@code codeSet} answer for exactly the codes of the violations. */
    @Test
    void hasAndCodeSetNameExactlyTheCodesReported() {
        ValidationReport r = ValidationReport.of(List.of(SUSPENDED, MULTIPLE));
        assertThat(r.codeSet()).containsExactlyInAnyOrder(ViolationCode.MULTIPLE_SERVICES, ViolationCode.POST_SUSPENDED);
        for (ViolationCode c : ViolationCode.values()) {
            assertThat(r.has(c)).as("%s", c).isEqualTo(c == ViolationCode.MULTIPLE_SERVICES
                    || c == ViolationCode.POST_SUSPENDED);
        }
        ValidationReport empty = ValidationReport.of(List.of());
        assertThat(empty.codeSet()).isEmpty();
        assertThat(empty.has(ViolationCode.POST_SUSPENDED)).isFalse();
    }

    /** Warnings alone leave a booking valid; one error makes it invalid. */
    @Test
    void onlyErrorsMakeABookingInvalid() {
        assertThat(ValidationReport.of(List.of()).isValid()).isTrue();
        assertThat(ValidationReport.of(List.of(SUSPENDED)).isValid()).isTrue();
        assertThat(ValidationReport.of(List.of(SUSPENDED, MULTIPLE)).isValid()).isFalse();
        assertThat(ValidationReport.of(List.of(SUSPENDED, MULTIPLE))).hasToString(
                "ValidationReport[valid=false, MULTIPLE_SERVICES, POST_SUSPENDED]");
        assertThat(ValidationReport.of(List.of())).hasToString("ValidationReport[valid=true]");
    }

    /** Reports are equal exactly when their violations are, whatever the order they were given in. */
    @Test
    void equalityFollowsTheViolations() {
        ValidationReport r = ValidationReport.of(List.of(SUSPENDED, MULTIPLE));
        assertThat(r).isEqualTo(ValidationReport.of(List.of(MULTIPLE, SUSPENDED)))
                .hasSameHashCodeAs(ValidationReport.of(List.of(MULTIPLE, SUSPENDED)))
                .isNotEqualTo(ValidationReport.of(List.of(MULTIPLE))).isNotEqualTo(List.of(MULTIPLE, SUSPENDED));
        assertThat(r.hashCode()).isNotEqualTo(ValidationReport.of(List.of(MULTIPLE)).hashCode())
                .isNotEqualTo(ValidationReport.of(List.of()).hashCode());
    }
}
