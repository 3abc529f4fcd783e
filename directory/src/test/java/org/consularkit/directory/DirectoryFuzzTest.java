package org.consularkit.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import org.consularkit.core.DataFileException;
import org.consularkit.directory.routing.EmergencyRouter;
import org.consularkit.directory.routing.Situation;

/**
 * Coverage-guided fuzz test of {@link Directory#parse}: its corpus in
 * {@code DirectoryFuzzTestInputs/parse} runs with every {@code mvn verify}; {@code JAZZER_FUZZ=1}
 * fuzzes it (docs/reliability.md).
 *
 * <p>Every input is either rejected with a {@link DataFileException} of bounded length naming the
 * file, or parsed into a directory that answers its queries: every post by its id, its hours, its
 * closure calendar, its office; every division's assignment (or the documented
 * {@code IllegalArgumentException} when no post serves it); every referral topic; and an emergency
 * call plan for every post, caller location and situation (or the documented
 * {@code IllegalStateException} when the directory has no number the caller can dial).
 */
class DirectoryFuzzTest {

    private static final String SOURCE = "fuzz-directory.json";
    private static final int MAX_MESSAGE = 600;
    private static final Instant AT = Instant.parse("2026-03-03T06:00:00Z");

    @FuzzTest
    void parse(byte[] input) {
        Directory directory;
        try {
            directory = Directory.parse(new ByteArrayInputStream(input), SOURCE);
        } catch (DataFileException e) {
            assertThat(e.getMessage()).isNotNull().hasSizeLessThanOrEqualTo(MAX_MESSAGE).startsWith(SOURCE + ":");
            assertThat(e.file()).isEqualTo(SOURCE);
            assertThat(e.path()).startsWith("$");
            return;
        }
        assertThat(directory.posts()).isNotEmpty();
        EmergencyRouter router = EmergencyRouter.of(directory);
        for (Post post : directory.posts()) {
            assertThat(directory.post(post.id())).isEqualTo(post);
            assertThatCode(() -> {
                for (HoursKind kind : HoursKind.values()) {
                    post.hours(kind);
                }
                post.publishedHours();
                post.office();
                post.closureCalendar().dayType(LocalDate.ofInstant(AT, post.zone()));
                post.toString();
            }).as(post.id()).doesNotThrowAnyException();
            for (CallerLocation from : CallerLocation.values()) {
                for (Situation situation : Situation.values()) {
                    try {
                        assertThat(router.route(post, AT, from, situation).steps()).isNotEmpty();
                    } catch (IllegalStateException e) {
                        assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(MAX_MESSAGE);
                    }
                }
            }
        }
        for (Province province : Province.values()) {
            try {
                assertThat(directory.district(province).province()).isEqualTo(province);
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(MAX_MESSAGE);
            }
            directory.district(province, LocalDate.of(2026, 3, 3));
        }
        for (ReferralTopic topic : ReferralTopic.values()) {
            assertThat(directory.referrals(topic)).allSatisfy(r -> assertThat(directory.referrals()).contains(r));
        }
        for (ContactRole role : ContactRole.values()) {
            directory.contact(role);
        }
    }
}
