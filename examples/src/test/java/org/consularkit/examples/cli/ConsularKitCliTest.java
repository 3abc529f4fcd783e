package org.consularkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.consularkit.core.calendar.HolidayCalendar;
import org.consularkit.directory.Directory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConsularKitCliTest {

    @Test
    void versionFallsBackToTheConstantOutsideTheJar() {
        CliRun r = CliRun.run("--version");
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo("consularkit " + ConsularKitCli.FALLBACK_VERSION + "\n");
        assertThat(r.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"days", "holidays", "lunar", "solar-terms", "ics", "hours", "validate", "slots", "call", "district", "services"})
    void versionOnEveryCommand(String command) {
        CliRun r = CliRun.run(command, "--version");
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo("consularkit " + ConsularKitCli.FALLBACK_VERSION + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"days", "holidays", "lunar", "solar-terms", "ics", "hours", "validate", "slots", "call", "district", "services"})
    void helpOnEveryCommand(String command) {
        CliRun r = CliRun.run(command, "--help");
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("Usage: consularkit " + command + " ").contains("Exit status:");
    }

    @Test
    void topLevelHelpListsTheCommandsAndExitStatuses() {
        CliRun r = CliRun.run("--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("Usage: consularkit [-hV] COMMAND\n")
                .contains("\n  days ", "\n  holidays ", "\n  lunar ", "\n  solar-terms ", "\n  ics ", "\n  hours ",
                        "\n  validate ", "\n  slots ", "\n  call ", "\n  district ", "\n  services ")
                .contains("  0   success\n", "  1   the answer is no, where a command says so\n",
                        "  2   bad usage or bad input (message on stderr)\n");
    }

    @Test
    void noCommandIsBadUsage() {
        CliRun r = CliRun.run();
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("consularkit: Missing required subcommand (see 'consularkit --help')\n");
    }

    @Test
    void unknownCommandIsBadUsage() {
        CliRun r = CliRun.run("dayz");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("consularkit: Unmatched argument at index 0: 'dayz' (see 'consularkit --help')\n");
    }

    @Test
    void unknownOptionIsBadUsage() {
        CliRun r = CliRun.run("days", "--calendar", "test", "--from", "2021-01-01", "--to", "2021-01-01", "--fast");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("consularkit days: Unknown option: '--fast' (see 'consularkit days --help')\n");
    }

    @Nested
    class ExitStatus {

        private CalendarRegistry failing(RuntimeException e) {
            return CalendarRegistry.of(Map.of("broken", () -> {
                throw e;
            }));
        }

        @Test
        void aValueOutsideTheLibrarysRangeIsBadInput() {
            CliRun r = CliRun.run("days", "--calendar", "test", "--from", "2023-01-01", "--to", "2023-01-01");
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).isEqualTo("consularkit days: Calendar test covers the years 2021-2022; "
                    + "date 2023-01-01 is outside its range\n");
        }

        @Test
        void aBugIsAnInternalErrorOnOneLine() {
            CliRun r = CliRun.run(failing(new IllegalStateException("boom")), "days", "--calendar", "broken",
                    "--from", "2021-01-01", "--to", "2021-01-01");
            assertThat(r.status()).isEqualTo(3);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).isEqualTo("consularkit days: internal error: IllegalStateException: boom\n");
        }

        @Test
        void anIllegalArgumentThatIsNotTheUsersIsABug() {
            CliRun r = CliRun.run(failing(new IllegalArgumentException("bad data")), "holidays", "--calendar",
                    "broken", "--year", "2021");
            assertThat(r.status()).isEqualTo(3);
            assertThat(r.err()).isEqualTo("consularkit holidays: internal error: IllegalArgumentException: bad data\n");
        }

        @Test
        void aDirectoryThatFailsIsABug() {
            CliRun r = CliRun.run(TestCalendars.registry(), () -> {
                throw new IllegalStateException("no directory");
            }, "district", "--province", "CN-SC");
            assertThat(r.status()).isEqualTo(3);
            assertThat(r.err()).isEqualTo("consularkit district: internal error: IllegalStateException: no directory\n");
        }

        @Test
        void anErrorIsAnInternalErrorOnOneLine() {
            CalendarRegistry registry = CalendarRegistry.of(Map.of("broken", () -> {
                throw new OutOfMemoryError("Java heap space");
            }));
            CliRun r = CliRun.run(registry, "days", "--calendar", "broken", "--from", "2021-01-01", "--to", "2021-01-01");
            assertThat(r.status()).isEqualTo(3);
            assertThat(r.err()).isEqualTo("consularkit days: internal error: OutOfMemoryError: Java heap space\n");
        }

        @Test
        void aStackOverflowIsAnInternalErrorOnOneLine() {
            CalendarRegistry registry = CalendarRegistry.of(Map.of("deep", () -> {
                throw new IllegalStateException("depth " + recurse(0));
            }));
            CliRun r = CliRun.run(registry, "lunar", "--date", "2026-01-01", "--format", "csv");
            assertThat(r.status()).isZero();
            r = CliRun.run(registry, "holidays", "--calendar", "deep", "--year", "2021");
            assertThat(r.status()).isEqualTo(3);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).isEqualTo("consularkit holidays: internal error: StackOverflowError\n");
        }

        @Test
        void theMessageOfABugIsOneBoundedLine() {
            String message = "first line\n  second line " + "x".repeat(1000);
            CliRun r = CliRun.run(failing(new IllegalStateException(message)), "days", "--calendar", "broken",
                    "--from", "2021-01-01", "--to", "2021-01-01");
            assertThat(r.status()).isEqualTo(3);
            String prefix = "consularkit days: internal error: IllegalStateException: ";
            assertThat(r.err()).startsWith(prefix + "first line second line xxx").endsWith("x…\n")
                    .hasSize(prefix.length() + Messages.MAX_INTERNAL + 1);
        }

        @Test
        void anErrorBeforeAnyCommandIsNamedAfterTheRoot() {
            assertThat(ConsularKitCli.internalError("consularkit", new StackOverflowError()))
                    .isEqualTo("consularkit: internal error: StackOverflowError\n");
        }
    }

    @SuppressWarnings("InfiniteRecursion") // deliberate: the test needs a real StackOverflowError
    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    @Nested
    class LongValues {

        private void assertOneBoundedLine(CliRun r, String start) {
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).startsWith(start).contains("…").endsWith("\n")
                    .doesNotContain("\t").hasSizeLessThanOrEqualTo(Messages.MAX_LINE + 1);
            assertThat(r.err().lines()).hasSize(1);
        }

        @Test
        void anUnknownCalendarIsQuotedAsAnExcerpt() {
            CliRun r = CliRun.run("days", "--calendar", "x".repeat(5000), "--from", "2021-01-01", "--to", "2021-01-01");
            assertOneBoundedLine(r, "consularkit days: Unknown calendar 'xxxxx");
            assertThat(r.err()).endsWith("'; known calendars: test\n");
        }

        @Test
        void aMalformedDateIsQuotedAsAnExcerpt() {
            CliRun r = CliRun.run("days", "--calendar", "test", "--from", "9".repeat(5000), "--to", "2021-01-01");
            assertOneBoundedLine(r, "consularkit days: Invalid value for option '--from': '99999");
            assertThat(r.err()).endsWith("' is not a date yyyy-MM-dd (see 'consularkit days --help')\n");
        }

        @Test
        void picocliMessagesAreBoundedToo() {
            CliRun r = CliRun.run("days", "--calendar", "test", "--from", "2021-01-01", "--to", "2021-01-01",
                    "--" + "y".repeat(5000));
            assertOneBoundedLine(r, "consularkit days: Unknown option: '--yyyy");
            assertThat(r.err()).endsWith("(see 'consularkit days --help')\n");
        }

        @Test
        void anUnknownPostIsBoundedEvenInTheLibrarysMessage() {
            CliRun r = CliRun.run("services", "--post", "p".repeat(5000));
            assertOneBoundedLine(r, "consularkit services: Unknown post 'pppp");
            assertThat(r.err()).contains("known posts: beijing");
        }
    }

    @Test
    void outputIsUtf8WithLineFeedsWhateverTheJvmDefaults() {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));
            TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = ConsularKitCli.execute(new ConsularKitCli(TestCalendars.registry(), Directory::builtIn,
                    InputStream.nullInputStream()), out, err, "days", "--calendar", "test",
                    "--from", "2022-02-01", "--to", "2022-02-01", "--format", "csv", "--locale", "zh-CN");
            assertThat(status).isZero();
            assertThat(out.toByteArray()).isEqualTo(
                    "date,type,names,status\n2022-02-01,PUBLIC_HOLIDAY,春节;另一天,PROVISIONAL\n"
                            .getBytes(StandardCharsets.UTF_8));
            CliRun text = CliRun.run("days", "--calendar", "test", "--from", "2021-12-31", "--to", "2021-12-31");
            assertThat(text.out()).isEqualTo("""
                    date        day  type            status       names
                    2021-12-31  Fri  PUBLIC_HOLIDAY  PROVISIONAL  New Year's Day
                    """);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void runsAreIndependent() {
        HolidayCalendar test = TestCalendars.calendar();
        CalendarRegistry registry = CalendarRegistry.of(Map.of("test", () -> test));
        CliRun first = CliRun.run(registry, "days", "--calendar", "test", "--from", "2021-01-01", "--to",
                "2021-01-01", "--format", "csv", "--locale", "zh-CN");
        CliRun second = CliRun.run(registry, "days", "--calendar", "test", "--from", "2021-01-01", "--to",
                "2021-01-01", "--format", "csv");
        assertThat(first.out()).isEqualTo("date,type,names,status\n2021-01-01,PUBLIC_HOLIDAY,元旦,OFFICIAL\n");
        assertThat(second.out()).isEqualTo("date,type,names,status\n2021-01-01,PUBLIC_HOLIDAY,New Year's Day,OFFICIAL\n");
    }
}
