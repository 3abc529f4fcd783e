package org.consularkit.core.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.consularkit.core.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccessChannelTest {

    /** Exactly the appointment and the walk-in are served in person at the office. */
    @ParameterizedTest
    @EnumSource(AccessChannel.class)
    void onlyAppointmentsAndWalkInsAreInPerson(AccessChannel c) {
        assertThat(c.isInPerson()).isEqualTo(c == AccessChannel.APPOINTMENT || c == AccessChannel.WALK_IN);
    }

    /** Each channel has a name in English and in Chinese. */
    @Test
    void namesAreInEnglishAndChinese() {
        assertThat(AccessChannel.WALK_IN.displayName(Locale.ENGLISH)).isEqualTo("Walk-in");
        assertThat(AccessChannel.WALK_IN.displayName(LocalizedText.SIMPLIFIED_CHINESE)).isEqualTo("无需预约，直接前往");
        assertThat(AccessChannel.PHONE.displayName().english()).isEqualTo("By phone");
    }
}
