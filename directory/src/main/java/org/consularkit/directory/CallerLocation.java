package org.consularkit.directory;

import java.util.Locale;
import java.util.Objects;

/**
 * The country a telephone call is made from, which decides how a number is dialled: China
 * (international call prefix {@code 00}, trunk prefix {@code 0}) or the United States
 * (international call prefix {@code 011}, long-distance prefix {@code 1}).
 *
 * <p>Sources: the numbering plan of China (country code 86, international prefix 00, trunk prefix
 * 0) and the Chengdu ACS page's "(011-8610) 8531-4000 from the U.S.".
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum CallerLocation {
    /** Mainland China (ISO 3166-1 {@code CN}). */
    CN("CN", "00"),
    /** The United States (ISO 3166-1 {@code US}). */
    US("US", "011");

    private final String regionCode;
    private final String internationalPrefix;

    CallerLocation(String regionCode, String internationalPrefix) {
        this.regionCode = regionCode;
        this.internationalPrefix = internationalPrefix;
    }

    /**
     * Obtains a location from its ISO 3166-1 alpha-2 code, ignoring case: {@code "CN"} or
     * {@code "US"}.
     *
     * @param code the country code, not null
     * @return the location, not null
     * @throws IllegalArgumentException if the code is neither {@code CN} nor {@code US}
     */
    public static CallerLocation of(String code) {
        Objects.requireNonNull(code, "code");
        String c = code.strip().toUpperCase(Locale.ROOT);
        for (CallerLocation l : values()) {
            if (l.regionCode.equals(c)) {
                return l;
            }
        }
        throw new IllegalArgumentException(
                "Caller location must be CN or US, but was '" + code + "'");
    }

    /**
     * Returns the ISO 3166-1 alpha-2 code of the country, {@code "CN"} or {@code "US"}.
     *
     * @return the region code, not null
     */
    public String regionCode() {
        return regionCode;
    }

    /**
     * Returns the international call prefix dialled from this country before a country code:
     * {@code "00"} in China, {@code "011"} in the United States.
     *
     * @return the prefix, not null
     */
    public String internationalPrefix() {
        return internationalPrefix;
    }
}
