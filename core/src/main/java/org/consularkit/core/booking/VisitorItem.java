package org.consularkit.core.booking;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.consularkit.core.DataFileException;
import org.consularkit.core.LocalizedText;

/**
 * An item a visitor carries to the consulate, with the stable code used in booking files ({@link
 * #name()}). Only the items that a rule of the library mentions are listed.
 *
 * <h2>Implementation Requirements</h2>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum VisitorItem {
    /**
     * A laptop computer. No visitor of the US Embassy or the Consulates General in China may bring
     * one; the guards will not take or store it.
     */
    LAPTOP(LocalizedText.of("laptop", "笔记本电脑"));

    private final LocalizedText displayName;

    VisitorItem(LocalizedText displayName) {
        this.displayName = displayName;
    }

    /**
     * Returns the localized name of this item.
     *
     * @return the name, not null
     */
    public LocalizedText displayName() {
        return displayName;
    }

    /**
     * Returns the name of this item in a locale.
     *
     * @param locale the locale, not null
     * @return the name, not blank
     */
    public String displayName(Locale locale) {
        return displayName.get(Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Returns the item with a code.
     *
     * @param code the code, e.g. {@code "LAPTOP"}
     * @return the item, not null
     * @throws IllegalArgumentException if no item has that code (the message lists the codes and
     *     quotes a long code by its beginning and its length, in at most {@value
     *     DataFileException#MAX_EXCERPT} characters)
     */
    public static VisitorItem ofCode(String code) {
        Objects.requireNonNull(code, "code");
        for (VisitorItem i : values()) {
            if (i.name().equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException("Unknown item code '"
                + DataFileException.shorten(code, DataFileException.MAX_EXCERPT) + "'; known codes: "
                + Arrays.toString(values()));
    }
}
