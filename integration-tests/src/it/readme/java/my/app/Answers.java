package my.app;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The checks of one example: what it printed on standard output, and the differences found. */
final class Answers {

    private final ByteArrayOutputStream printed;
    private final List<String> failures = new ArrayList<>();

    Answers(ByteArrayOutputStream printed) {
        this.printed = printed;
    }

    /** Returns the lines the example printed. */
    List<String> printedLines() {
        return new String(printed.toByteArray(), StandardCharsets.UTF_8).lines().toList();
    }

    /** Records a failure unless {@code actual} equals {@code expected}. */
    void equal(Object actual, Object expected) {
        if (!Objects.equals(actual, expected)) {
            failures.add("expected <" + expected + "> but was <" + actual + ">");
        }
    }

    /** Records a failure unless {@code actual} starts with {@code prefix}. */
    void startsWith(String actual, String prefix) {
        if (!actual.startsWith(prefix)) {
            failures.add("expected a text starting with <" + prefix + "> but was <" + actual + ">");
        }
    }

    /** Returns the failures, in the order found. */
    List<String> failures() {
        return List.copyOf(failures);
    }
}
