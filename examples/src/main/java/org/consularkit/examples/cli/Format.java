package org.consularkit.examples.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The output formats of the command line ({@code --format}).
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 */
enum Format {
    /** An aligned table for people (the default). */
    TEXT,
    /** RFC 4180 CSV with a header line, {@code \n} line endings. */
    CSV,
    /** One JSON document. */
    JSON;

    /** Returns the lower-case name used on the command line. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Converts {@code text}, {@code csv} or {@code json} (any case). */
    static final class Converter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(value)) {
                    return f;
                }
            }
            throw new TypeConversionException("'" + Messages.excerpt(value) + "' is not a format; use text, csv or json");
        }
    }
}
