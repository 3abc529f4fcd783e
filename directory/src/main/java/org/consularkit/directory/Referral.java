package org.consularkit.directory;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.consularkit.core.LocalizedText;
import org.consularkit.core.Source;

/**
 * A referral: where the ACS unit sends a U.S. citizen for a matter it does not handle itself (a
 * Chinese authority, a U.S. agency, an online service), with what to do and a URL where a source
 * gives one.
 *
 * <h2>Implementation Requirements</h2>
 * This record is immutable and thread-safe.
 *
 * @param topic what the referral is about, not null
 * @param authority who handles the matter, in English and Chinese, not null
 * @param guidance what to do, in English, as the sources say it, not blank
 * @param url the page or service to use (absolute http or https, the scheme in any case), or empty if
 *     no source gives one
 * @param provenance the sources, not null
 *
 * @since 0.1
 */
public record Referral(ReferralTopic topic, LocalizedText authority, String guidance, Optional<URI> url,
        Provenance provenance) {

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if the guidance is blank or the URL is not absolute http(s)
     */
    public Referral {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(guidance, "guidance");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(provenance, "provenance");
        if (guidance.isBlank()) {
            throw new IllegalArgumentException("Guidance of the " + topic + " referral must not be blank");
        }
        url.ifPresent(u -> {
            if (!Source.isWebUrl(u)) {
                throw new IllegalArgumentException("Referral URL must be absolute http(s), but was " + u);
            }
        });
    }

    /**
     * Returns who handles the matter, in a locale.
     *
     * @param locale the locale, not null
     * @return the authority's name, not blank
     */
    public String authority(Locale locale) {
        return authority.get(locale);
    }
}
