package org.consularkit.core.booking;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The result of validating a {@link Booking}: every {@link Violation} found, in the order of {@link
 * ViolationCode} (and, within a code, in the order of the booking's services or items). The
 * booking is {@linkplain #isValid() valid} exactly when no violation has severity {@link
 * Severity#ERROR}.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ValidationReport {

    private static final Comparator<Violation> BY_CODE = Comparator.comparing(Violation::code);

    private final ImmutableList<Violation> violations;

    private ValidationReport(ImmutableList<Violation> violations) {
        this.violations = violations;
    }

    /**
     * Obtains a report from violations, sorting them (stably) into the order of their codes.
     *
     * @param violations the violations, in any order
     * @return the report, not null
     */
    public static ValidationReport of(List<Violation> violations) {
        Objects.requireNonNull(violations, "violations");
        for (Violation v : violations) {
            Objects.requireNonNull(v, "violations contains null");
        }
        // stable: within a code, the given order is kept
        return new ValidationReport(ImmutableList.sortedCopyOf(BY_CODE, violations));
    }

    /**
     * Tells whether the booking is valid: no violation is an error.
     *
     * @return true if no violation has severity {@link Severity#ERROR}
     */
    public boolean isValid() {
        for (Violation v : violations) {
            if (v.severity() == Severity.ERROR) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns every violation, in the fixed order.
     *
     * @return an immutable list, possibly empty
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Returns the violations of a severity, in the fixed order.
     *
     * @param severity the severity, not null
     * @return an immutable list, possibly empty
     */
    public List<Violation> violations(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return violations.stream().filter(v -> v.severity() == severity).collect(ImmutableList.toImmutableList());
    }

    /**
     * Returns the codes of the violations, in the fixed order, with repetitions.
     *
     * @return an immutable list, possibly empty
     */
    public List<ViolationCode> codes() {
        return violations.stream().map(Violation::code).collect(ImmutableList.toImmutableList());
    }

    /**
     * Tells whether a violation has a code.
     *
     * @param code the code, not null
     * @return true if some violation has it
     */
    public boolean has(ViolationCode code) {
        Objects.requireNonNull(code, "code");
        return violations.stream().anyMatch(v -> v.code() == code);
    }

    /**
     * Returns the distinct codes of the violations.
     *
     * @return an immutable set in code order
     */
    public Set<ViolationCode> codeSet() {
        Set<ViolationCode> s = EnumSet.noneOf(ViolationCode.class);
        violations.forEach(v -> s.add(v.code()));
        return java.util.Collections.unmodifiableSet(s);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof ValidationReport o && violations.equals(o.violations);
    }

    @Override
    public int hashCode() {
        return violations.hashCode();
    }

    /**
     * Returns the validity and the codes, e.g. {@code ValidationReport[valid=false,
     * PROHIBITED_ITEM, POST_SUSPENDED]}.
     *
     * @return a readable description, not null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ValidationReport[valid=").append(isValid());
        violations.forEach(v -> sb.append(", ").append(v.code()));
        return sb.append(']').toString();
    }
}
