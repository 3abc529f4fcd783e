package org.consularkit.core.internal.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.json.PackageVersion;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The check that the jackson-core on the class or module path is one that ConsularKit supports,
 * made before the first use of Jackson, so that an application whose build pins an older
 * jackson-core (as the dependency management of older frameworks does) gets a message naming the
 * version it needs instead of a {@link NoClassDefFoundError} or {@link NoSuchMethodError} from deep
 * inside a reader.
 *
 * <p>The oldest supported version is {@value #OLDEST}: the JSON reader limits documents with {@code
 * StreamReadConstraints} (new in 2.15), and the test suite passes with {@value #OLDEST} (the Maven
 * profile {@code floor}).
 *
 * <p>Every public entry point that may be the first to read JSON calls {@link #require()} before it
 * touches anything that loads Jackson: the readers ({@link DataReader#of}), {@code BookingJson},
 * and the built-in calendars and directory, whose data is read once in a class initializer (where an
 * exception would turn into an {@link ExceptionInInitializerError}).
 *
 * <h2>Implementation Requirements</h2>
 * A stateless utility; thread-safe. This class refers only to jackson-core types of version 2.0.
 */
public final class JacksonVersion {

    /** The oldest jackson-core version that ConsularKit supports. */
    public static final String OLDEST = "2.15.0";

    private static final int MAJOR = 2;
    private static final int MINOR = 15;
    /** The first minor version that places an unexpected character or close marker at itself. */
    private static final int CHARACTER_FIX_MINOR = 17;
    /** The first minor version that places an unrecognized token at its start. */
    private static final int TOKEN_FIX_MINOR = 21;
    /** A class that jackson-core has from {@value #OLDEST} on, and that the reader uses. */
    private static final String PROBE_CLASS = "com.fasterxml.jackson.core.StreamReadConstraints";

    private static final @Nullable String PROBLEM = problem();

    /**
     * True if jackson-core places an unexpected character or close marker at itself, as it does from
     * 2.17 on (jackson-core issue 1173); before, it placed it one column after.
     */
    private static final boolean LOCATES_CHARACTERS = fromMinor(CHARACTER_FIX_MINOR);

    /**
     * True if jackson-core places an unrecognized token at its start, as it does from 2.21 on;
     * before, it placed it just after its end.
     */
    private static final boolean LOCATES_TOKENS = fromMinor(TOKEN_FIX_MINOR);

    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '([^']*)'");

    private JacksonVersion() {
    }

    /**
     * Checks that the jackson-core present is {@value #OLDEST} or newer.
     *
     * @throws IllegalStateException if it is older, or absent: the message names the version found
     *     and the version needed
     */
    public static void require() {
        if (PROBLEM != null) {
            throw new IllegalStateException(PROBLEM);
        }
    }

    /**
     * Returns the column of a syntax error as jackson-core 2.21 and newer report it, whatever the
     * version present: before 2.17 an unexpected character or close marker is reported one column
     * after it, and before 2.21 an unrecognized token just after its end, which this moves back, so
     * that a message names the same position with every supported version.
     *
     * @param message the message of Jackson's exception, or null
     * @param column the column Jackson reports
     * @return the column of the bad character, or of the start of the bad token
     */
    static int errorColumn(@Nullable String message, int column) {
        return errorColumn(message, column, LOCATES_CHARACTERS, LOCATES_TOKENS);
    }

    /**
     * Returns the column of a syntax error that a jackson-core with the given behaviour reports at
     * {@code column} (see {@link #errorColumn(String, int)}).
     *
     * @param message the message of Jackson's exception, or null
     * @param column the column Jackson reports
     * @param locatesCharacters whether that version places an unexpected character at itself
     * @param locatesTokens whether that version places an unrecognized token at its start
     * @return the column of the bad character, or of the start of the bad token
     */
    static int errorColumn(@Nullable String message, int column, boolean locatesCharacters, boolean locatesTokens) {
        if (message == null || column <= 1) {
            return column;
        }
        if (!locatesCharacters
                && (message.startsWith("Unexpected character") || message.startsWith("Unexpected close marker"))) {
            return column - 1;
        }
        Matcher token = UNRECOGNIZED_TOKEN.matcher(message);
        if (!locatesTokens && token.lookingAt()) {
            return Math.max(1, column - token.group(1).length());
        }
        return column;
    }

    /** Tells whether the jackson-core present is 2.{@code minor} or newer. */
    private static boolean fromMinor(int minor) {
        try {
            Version v = PackageVersion.VERSION;
            return v.getMajorVersion() > MAJOR || v.getMinorVersion() >= minor;
        } catch (LinkageError e) {
            return true; // no usable jackson-core: require() fails first
        }
    }

    /** Returns what is wrong with the jackson-core present, or null if nothing is. */
    private static @Nullable String problem() {
        String found;
        try {
            Version v = PackageVersion.VERSION;
            found = v.getMajorVersion() + "." + v.getMinorVersion() + "." + v.getPatchLevel();
            if (v.getMajorVersion() == MAJOR && v.getMinorVersion() >= MINOR) {
                Class.forName(PROBE_CLASS, false, JacksonVersion.class.getClassLoader());
                return null;
            }
        } catch (ClassNotFoundException | LinkageError e) {
            found = "a jackson-core without " + PROBE_CLASS;
        }
        return message(found);
    }

    /**
     * Returns the message for a jackson-core that is too old.
     *
     * @param found the version found, or a description of what was found
     * @return the message, not null
     */
    static String message(String found) {
        return "ConsularKit needs jackson-core " + OLDEST + " or newer, found " + found
                + ": align com.fasterxml.jackson.core:jackson-core (for example by importing"
                + " com.fasterxml.jackson:jackson-bom) to " + OLDEST + " or newer";
    }
}
