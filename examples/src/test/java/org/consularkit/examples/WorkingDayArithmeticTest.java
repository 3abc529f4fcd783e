package org.consularkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class WorkingDayArithmeticTest {

    @Test
    void printsTheAnswers() {
        StringWriter s = new StringWriter();
        PrintWriter out = new PrintWriter(s);
        WorkingDayArithmetic.print(out);
        out.flush();
        assertThat(s.toString()).isEqualTo("""
                US federal: the next working day after 2021-12-30 is 2022-01-03 (New Year's Day is observed on 2021-12-31)
                China: 10 working days after 2026-09-28 is 2026-10-16
                China: 2026-10-10 (a Saturday) is a working day: true (MAKEUP_WORKDAY)
                China: working days in October 2026: 18
                China: 3 working days after 2026-02-13T17:00 is 2026-02-25T17:00
                US federal and China together: the next working day after 2026-09-30 is 2026-10-08
                """);
    }
}
