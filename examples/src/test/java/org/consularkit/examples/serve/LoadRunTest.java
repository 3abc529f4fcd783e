package org.consularkit.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The load run works (a few requests, no figure checked: it is a benchmark, not a timed test). */
class LoadRunTest {

    @Test
    void smallRunAgainstItsOwnServerHasNoErrors() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = LoadRun.run(40, 4, null, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String report = bytes.toString(StandardCharsets.UTF_8);
        assertThat(status).as(report).isZero();
        assertThat(report).contains("40 requests (20 feeds, 20 validations) from 4 clients, after 4 warm-up requests",
                "errors: 0\n", "latency feed ", "latency validate ");
    }

    @Test
    void refusesAServerBeyondTheLoopbackInterface() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThat(LoadRun.run(40, 4, "http://192.0.2.1:8080/", new PrintStream(bytes, true, StandardCharsets.UTF_8)))
                .isEqualTo(2);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("LoadRun: http://192.0.2.1:8080/ is not on the "
                + "loopback interface; this load runs on loopback only\n");
    }
}
