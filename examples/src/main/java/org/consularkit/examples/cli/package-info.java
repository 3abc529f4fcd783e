/**
 * The {@code consularkit} command line: a thin shell over the public API of ConsularKit. Its
 * output formats are a contract described in {@code docs/cli.md}; see {@link
 * org.consularkit.examples.cli.ConsularKitCli}.
 *
 * <p>No class here reads the JVM default time zone, locale or charset.
 */
@NullMarked
package org.consularkit.examples.cli;

import org.jspecify.annotations.NullMarked;
