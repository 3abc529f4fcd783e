package org.consularkit.directory;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.booking.OfficeStatus;

/**
 * The status of a post, the date since which it holds and, briefly, why: e.g. {@code CLOSED} since
 * 2020-07-27, "closed by order of the host government" / "应东道国政府要求关闭".
 *
 * <p>{@link Post#officeStatus()} gives the same status in the engine's terms ({@link
 * org.consularkit.core.booking.OfficeStatus}), which the booking validator reports.
 *
 * <h2>Implementation Requirements</h2>
 * This record is immutable and thread-safe.
 *
 * @param status the status, not null
 * @param since the first day the status holds, or empty if no source gives it
 * @param reason why, in a few words, in English and Chinese, or empty if the data gives none
 *
 * @since 0.1
 */
public record OperatingStatus(PostStatus status, Optional<LocalDate> since, Optional<LocalizedText> reason) {

    /**
     * Validates the fields.
     */
    public OperatingStatus {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Obtains a status without a reason.
     *
     * @param status the status, not null
     * @param since the first day the status holds, or empty if no source gives it, not null
     */
    public OperatingStatus(PostStatus status, Optional<LocalDate> since) {
        this(status, since, Optional.empty());
    }

    /**
     * Returns {@code STATUS since DATE}, or just the status when the date is unknown; the reason is
     * not printed.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return since.map(d -> status + " since " + d).orElse(status.name());
    }
}
