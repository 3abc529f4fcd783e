package org.consularkit.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.booking.OfficeState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostStatusTest {

    /** The engine does not tell a closure from a suspension: neither serves the public. */
    @ParameterizedTest
    @CsvSource({
        "OPEN, OPEN, true, open, 开放",
        "LIMITED, LIMITED, true, limited, 有限服务",
        "SUSPENDED, SUSPENDED, false, suspended, 暂停服务",
        "CLOSED, SUSPENDED, false, closed, 已关闭"})
    void officeStateOperationAndNames(PostStatus status, OfficeState state, boolean operating, String en, String zh) {
        assertThat(status.officeState()).isEqualTo(state);
        assertThat(status.isOperating()).isEqualTo(operating);
        assertThat(status.displayName(Locale.ENGLISH)).isEqualTo(en);
        assertThat(status.displayName(LocalizedText.SIMPLIFIED_CHINESE)).isEqualTo(zh);
    }
}
