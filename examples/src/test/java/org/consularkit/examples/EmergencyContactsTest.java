package org.consularkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class EmergencyContactsTest {

    @Test
    void printsWhomToCallAtEachMoment() {
        StringWriter s = new StringWriter();
        PrintWriter out = new PrintWriter(s);
        EmergencyContacts.print(out);
        out.flush();
        String text = s.toString();
        assertThat(text).contains("Arrest, Shanghai district, 2026-02-17T10:00+08:00 (Spring Festival, the post is closed), calling from CN:\n  010 8531 4000");
        assertThat(text).contains("calling from US:\n  011 86 10 8531 4000");
        assertThat(text).contains("Crime in Guangzhou's district at night, calling from China:\n  110  Police");
        assertThat(text).contains("Yunnan (CN-YN) is served by");
    }
}
