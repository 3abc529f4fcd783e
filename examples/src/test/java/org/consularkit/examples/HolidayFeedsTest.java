package org.consularkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HolidayFeedsTest {

    @Test
    void writesOneValidFeedPerCalendarAndLanguage(@TempDir Path dir) throws IOException {
        List<Path> files = HolidayFeeds.write(dir, 2026, 2027);
        assertThat(files).hasSize(16);
        assertThat(files.get(0).getFileName()).hasToString("us-federal-en.ics");
        assertThat(files).contains(dir.resolve("post-chengdu-zh.ics"));
        String cn = Files.readString(dir.resolve("cn-zh.ics"), StandardCharsets.UTF_8);
        assertThat(cn).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n").contains("春节");
        byte[] again = Files.readAllBytes(HolidayFeeds.write(dir.resolve("again"), 2026, 2027).get(3));
        assertThat(again).isEqualTo(Files.readAllBytes(files.get(3)));
    }
}
