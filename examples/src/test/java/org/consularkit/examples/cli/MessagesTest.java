package org.consularkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Nested
    class Excerpt {

        @Test
        void aShortValueIsKept() {
            String value = "v".repeat(Messages.MAX_VALUE);
            assertThat(Messages.excerpt(value)).isSameAs(value);
        }

        @Test
        void aLongValueKeepsItsStartAndEnd() {
            String value = "a".repeat(100) + "z".repeat(100);
            assertThat(Messages.excerpt(value)).isEqualTo("a".repeat(55) + "…" + "z".repeat(20));
        }

        @Test
        void aSurrogatePairIsNotSplit() {
            String value = "a".repeat(54) + "𠀀".repeat(50);
            assertThat(Messages.excerpt(value)).startsWith("a".repeat(54) + "…").endsWith("𠀀".repeat(10));
        }
    }

    @Nested
    class Line {

        @Test
        void aShortMessageIsPrintedAsItIsOnOneLine() {
            assertThat(Messages.line("p: ", "two\n  lines ", " (s)")).isEqualTo("p: two lines (s)");
        }

        @Test
        void longQuotedValuesBecomeExcerpts() {
            String line = Messages.line("p: ", "Unknown '" + "x".repeat(400) + "' and \"" + "y".repeat(400)
                    + "\"; known: a, b", "");
            assertThat(line).isEqualTo("p: Unknown '" + "x".repeat(55) + "…" + "x".repeat(20) + "' and \""
                    + "y".repeat(55) + "…" + "y".repeat(20) + "\"; known: a, b");
        }

        @Test
        void aLongMessageWithoutQuotesIsCut() {
            String line = Messages.line("p: ", "z".repeat(1000), " (s)");
            assertThat(line).hasSize(Messages.MAX_LINE).startsWith("p: zzz").endsWith("z… (s)");
        }

        @Test
        void nullIsEmpty() {
            assertThat(Messages.line("p: ", null, "")).isEqualTo("p: ");
            assertThat(Messages.internal(null)).isEmpty();
        }
    }
}
