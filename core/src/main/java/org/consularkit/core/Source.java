package org.consularkit.core;

import com.google.errorprone.annotations.Immutable;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A citation of the document a fact comes from: its type, a citation text (e.g. {@code "5 U.S.C.
 * 6103(a)"}, {@code "EO 14129, 89 FR 104857"}) and, where one is known, a URL.
 *
 * <p>The text form ({@link #toString()}) is the citation followed by the URL in angle brackets, e.g.
 * {@code "EO 14129, 89 FR 104857 <https://www.federalregister.gov/d/2024-31143>"}.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Immutable
public final class Source {

    private final SourceType type;
    private final String citation;
    private final @Nullable URI url;

    private Source(SourceType type, String citation, @Nullable URI url) {
        this.type = type;
        this.citation = citation;
        this.url = url;
    }

    /**
     * Obtains a source without a URL.
     *
     * @param type the kind of document, not null
     * @param citation the citation text, not blank
     * @return the source, not null
     * @throws IllegalArgumentException if the citation is blank
     */
    public static Source of(SourceType type, String citation) {
        return create(type, citation, null);
    }

    /**
     * Obtains a source with a URL.
     *
     * @param type the kind of document, not null
     * @param citation the citation text, not blank
     * @param url the URL of the document, an absolute {@code http} or {@code https} URI
     * @return the source, not null
     * @throws IllegalArgumentException if the citation is blank or the URL is not absolute
     *     http(s)
     */
    public static Source of(SourceType type, String citation, URI url) {
        Objects.requireNonNull(url, "url");
        return create(type, citation, url);
    }

    private static Source create(SourceType type, String citation, @Nullable URI url) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(citation, "citation");
        if (citation.isBlank()) {
            throw new IllegalArgumentException("Source citation must not be blank");
        }
        if (url != null && !isWebUrl(url)) {
            throw new IllegalArgumentException("Source URL must be absolute http(s), but was "
                    + DataFileException.shorten(url.toString(), DataFileException.MAX_EXCERPT));
        }
        return new Source(type, citation.strip(), url);
    }

    /**
     * Tells whether a URI is an absolute {@code http} or {@code https} URL with a host; the scheme
     * may be in any case ({@code HTTPS://...} is valid per RFC 3986).
     *
     * @param uri the URI, not null
     * @return true if the URI can be a source's URL
     */
    public static boolean isWebUrl(URI uri) {
        String scheme = uri.getScheme();
        return uri.isAbsolute() && scheme != null
                && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                && uri.getHost() != null;
    }

    /**
     * Returns the kind of document.
     *
     * @return the type, not null
     */
    public SourceType type() {
        return type;
    }

    /**
     * Returns the citation text.
     *
     * @return the citation, not blank
     */
    public String citation() {
        return citation;
    }

    /**
     * Returns the URL of the document, if known.
     *
     * @return the URL, or empty
     */
    public Optional<URI> url() {
        return Optional.ofNullable(url);
    }

    /**
     * Returns the URL if known, otherwise the citation text: the shortest way to point at the
     * document.
     *
     * @return the URL or citation, not blank
     */
    public String reference() {
        return url != null ? url.toString() : citation;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof Source other
                && type == other.type
                && citation.equals(other.citation)
                && Objects.equals(url, other.url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, citation, url);
    }

    /**
     * Returns the citation, followed by the URL in angle brackets when there is one.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return url == null ? citation : citation + " <" + url + ">";
    }
}
