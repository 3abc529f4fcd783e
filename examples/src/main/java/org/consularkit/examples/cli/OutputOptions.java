package org.consularkit.examples.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The {@code --format} and {@code --locale} options, mixed into the commands that print tables.
 *
 * <h2>Implementation Requirements</h2>
 * Not thread-safe: picocli sets the fields of one instance per run.
 */
final class OutputOptions {

    @Option(names = "--format", paramLabel = "FORMAT", converter = Format.Converter.class,
            description = "text (default, for people), csv (header line, RFC 4180 quoting) or json.")
    Format format = Format.TEXT;

    @Option(names = "--locale", paramLabel = "LOCALE", converter = Converters.Language.class,
            description = "Language of names: en (default) or zh-CN.")
    Locale locale = Locale.ENGLISH;
}
