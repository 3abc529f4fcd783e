package org.consularkit.directory;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import com.google.i18n.phonenumbers.ShortNumberInfo;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A telephone number and every way of dialling it: its E.164 form, what to dial inside its own
 * country and from abroad, its international format and its RFC 3966 {@code tel:} URI. Parsing and
 * validation use Google's libphonenumber.
 *
 * <pre>{@code
 * PhoneNumber acs = PhoneNumber.parse("(028) 8558-3992", "CN");
 * acs.e164();                          // Optional[+862885583992]
 * acs.domesticDialling();              // "028 8558 3992"   (anywhere in China)
 * acs.localDialling();                 // "8558 3992"       (in Chengdu)
 * acs.dialFrom(CallerLocation.US);     // Optional[011 86 28 8558 3992]
 * acs.internationalFormat();           // Optional[+86 28 8558 3992]
 * acs.telUri();                        // "tel:+86-28-8558-3992"
 *
 * PhoneNumber police = PhoneNumber.parse("110", "CN");
 * police.isShortCode();                // true
 * police.e164();                       // Optional.empty()
 * police.dialFrom(CallerLocation.CN);  // Optional[110]
 * police.dialFrom(CallerLocation.US);  // Optional.empty(): only reachable inside China
 * }</pre>
 *
 * <h2>Kinds of numbers</h2>
 * A <em>full number</em> has a country calling code and an E.164 form. A <em>short code</em> (such
 * as China's 110 police, 119 fire, 120 ambulance and 122 traffic police) is a number valid only
 * inside its own country: it is dialled as it is there, has no E.164 form and cannot be reached
 * from abroad. Only numbers libphonenumber considers valid are accepted.
 *
 * <h2>Dialling conventions</h2>
 * Inside the number's own country: China uses the national format with the trunk prefix {@code 0}
 * ({@code 028 8558 3992}; mobile numbers have no trunk prefix); the North American numbering plan
 * uses {@code 1-} followed by the ten digits ({@code 1-202-501-4444}). From another country: the
 * caller's international prefix, the country code and the national number, separated by spaces
 * ({@code 011 86 28 8558 3992} from the US, {@code 00 1 202 501 4444} from China). Groups of
 * digits are libphonenumber's. Sources: the numbering plan of China and the dialling forms of the
 * Chengdu ACS page ("(011-8610) 8531-4000 from the U.S.").
 *
 * <h2>Text form</h2>
 * {@link #toString()} is the {@code tel:} URI, which {@link #parse(String)} accepts: {@code
 * tel:+86-28-8558-3992} for a full number, {@code tel:110;phone-context=+86} for a short code (an
 * RFC 3966 local number whose context is the country code).
 *
 * <p>Two numbers are equal when they are the same number: equal {@code tel:} URIs.
 *
 * <h2>Implementation Requirements</h2>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PhoneNumber {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final ShortNumberInfo SHORT = ShortNumberInfo.getInstance();

    private final String regionCode;
    private final int countryCode;
    private final boolean shortCode;
    private final List<String> groups;
    private final @Nullable String e164;
    private final String domestic;
    private final String local;
    private final String telUri;
    private final boolean internationallyDiallable;

    private PhoneNumber(String regionCode, int countryCode, boolean shortCode,
            List<String> groups, @Nullable String e164, String domestic, String local, String telUri,
            boolean internationallyDiallable) {
        this.regionCode = regionCode;
        this.countryCode = countryCode;
        this.shortCode = shortCode;
        this.groups = groups;
        this.e164 = e164;
        this.domestic = domestic;
        this.local = local;
        this.telUri = telUri;
        this.internationallyDiallable = internationallyDiallable;
    }

    //-----------------------------------------------------------------------
    /**
     * Parses a number written with its country code: an international number ({@code "+86 28
     * 8558 3992"}, {@code "+1-202-501-4444"}) or a {@code tel:} URI as printed by {@link
     * #toString()} ({@code "tel:+86-28-8558-3992"}, {@code "tel:110;phone-context=+86"}).
     *
     * @param text the number, not null
     * @return the number, not null
     * @throws IllegalArgumentException if the text is not such a number, or not a valid number
     */
    public static PhoneNumber parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        if (t.regionMatches(true, 0, "tel:", 0, 4)) {
            return parseTelUri(text, t.substring(4));
        }
        if (!t.startsWith("+")) {
            throw new IllegalArgumentException("Phone number must start with '+' or 'tel:' when no region"
                    + " is given, but was '" + text + "'");
        }
        return parse(text, "ZZ", t);
    }

    /**
     * Parses a number as written in a country: a national number ({@code "(028) 8558-3992"},
     * {@code "1-888-407-4747"}), a short code ({@code "110"}), or an international number
     * ({@code "+86 10 8531 4000"}, in which case the region is not used).
     *
     * @param text the number, not null
     * @param regionCode the ISO 3166-1 alpha-2 code of the country it is written for, e.g.
     *     {@code "CN"} or {@code "US"}, not null
     * @return the number, not null
     * @throws IllegalArgumentException if the region is unknown to libphonenumber, or the text is
     *     not a valid number (or short code) of that region
     */
    public static PhoneNumber parse(String text, String regionCode) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(regionCode, "regionCode");
        String region = regionCode.strip().toUpperCase(Locale.ROOT);
        if (!UTIL.getSupportedRegions().contains(region)) {
            throw new IllegalArgumentException("Unknown region code '" + regionCode + "'");
        }
        return parse(text, region, text.strip());
    }

    private static PhoneNumber parse(String original, String region, String t) {
        if (t.isEmpty()) {
            throw new IllegalArgumentException("Phone number must not be blank");
        }
        Phonenumber.PhoneNumber n;
        try {
            n = UTIL.parse(t, region);
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("Not a phone number: '" + original + "' (" + e.getMessage() + ")", e);
        }
        if (n.hasExtension()) {
            throw new IllegalArgumentException("Phone number extensions are not supported: '" + original + "'");
        }
        if (UTIL.isValidNumber(n)) {
            return full(n);
        }
        if (!t.startsWith("+") && !"ZZ".equals(region) && SHORT.isValidShortNumberForRegion(n, region)) {
            return shortCode(region, n.getCountryCode(), UTIL.getNationalSignificantNumber(n));
        }
        String where = "ZZ".equals(region) ? "" : " for region " + region;
        throw new IllegalArgumentException("Not a valid phone number" + where + ": '" + original + "'");
    }

    private static PhoneNumber parseTelUri(String original, String rest) {
        String[] parts = rest.split(";", -1);
        String number = parts[0];
        @Nullable String context = null;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            if (p.regionMatches(true, 0, "phone-context=", 0, 14)) {
                context = p.substring(14);
            } else {
                throw new IllegalArgumentException("Unsupported tel: URI parameter '" + p + "' in '" + original + "'");
            }
        }
        String visual = number.replaceAll("[-.()]", "");
        if (visual.startsWith("+")) {
            if (context != null) {
                throw new IllegalArgumentException(
                        "A global tel: URI must not have a phone-context: '" + original + "'");
            }
            return parse(original, "ZZ", visual);
        }
        if (context == null || !context.matches("\\+[0-9]{1,3}")) {
            throw new IllegalArgumentException("A local tel: URI needs a phone-context of the form +<country code>: '"
                    + original + "'");
        }
        String region = UTIL.getRegionCodeForCountryCode(Integer.parseInt(context.substring(1)));
        if ("ZZ".equals(region)) {
            throw new IllegalArgumentException("Unknown country code in '" + original + "'");
        }
        PhoneNumber p = parse(original, region, visual);
        if (!p.shortCode) {
            throw new IllegalArgumentException("A local tel: URI must be a short code: '" + original + "'");
        }
        return p;
    }

    private static PhoneNumber full(Phonenumber.PhoneNumber n) {
        String region = UTIL.getRegionCodeForNumber(n);
        int cc = n.getCountryCode();
        String nsn = UTIL.getNationalSignificantNumber(n);
        String intl = UTIL.format(n, PhoneNumberFormat.INTERNATIONAL);
        String prefix = "+" + cc + " ";
        if (!intl.startsWith(prefix)) {
            throw new IllegalStateException("Unexpected international format " + intl);
        }
        List<String> groups = List.of(intl.substring(prefix.length()).split("[ -]+"));
        String domestic;
        if (cc == 1) {
            domestic = "1-" + String.join("-", groups);
        } else {
            domestic = UTIL.format(n, PhoneNumberFormat.NATIONAL);
        }
        String local = domestic;
        int areaLength = UTIL.getLengthOfGeographicalAreaCode(n);
        if (areaLength > 0 && groups.size() > 1 && groups.get(0).equals(nsn.substring(0, areaLength))) {
            local = String.join(cc == 1 ? "-" : " ", groups.subList(1, groups.size()));
        }
        return new PhoneNumber(region, cc, false, groups, UTIL.format(n, PhoneNumberFormat.E164),
                domestic, local, UTIL.format(n, PhoneNumberFormat.RFC3966), UTIL.canBeInternationallyDialled(n));
    }

    private static PhoneNumber shortCode(String region, int cc, String code) {
        return new PhoneNumber(region, cc, true, List.of(code), null, code, code,
                "tel:" + code + ";phone-context=+" + cc, false);
    }

    //-----------------------------------------------------------------------
    /**
     * Tells whether this is a short code (e.g. 110), valid only inside its own country.
     *
     * @return true for a short code
     */
    public boolean isShortCode() {
        return shortCode;
    }

    /**
     * Returns the ISO 3166-1 alpha-2 code of the country the number belongs to, e.g. {@code "CN"}.
     *
     * @return the region code, not null
     */
    public String regionCode() {
        return regionCode;
    }

    /**
     * Returns the country calling code, e.g. 86 for China, 1 for the United States.
     *
     * @return the country calling code
     */
    public int countryCode() {
        return countryCode;
    }

    /**
     * Returns the E.164 form, e.g. {@code "+862885583992"}; empty for a short code.
     *
     * @return the E.164 form, or empty
     */
    public Optional<String> e164() {
        return Optional.ofNullable(e164);
    }

    /**
     * Returns the international format with spaces between groups, e.g. {@code "+86 28 8558
     * 3992"} or {@code "+1 202 501 4444"}; empty for a short code.
     *
     * @return the international format, or empty
     */
    public Optional<String> internationalFormat() {
        if (shortCode) {
            return Optional.empty();
        }
        return Optional.of("+" + countryCode + " " + String.join(" ", groups));
    }

    /**
     * Returns what to dial from anywhere inside the number's own country: {@code "028 8558 3992"}
     * for a Chinese landline, {@code "138 0013 8000"} for a Chinese mobile, {@code
     * "1-202-501-4444"} for a US number, the code itself for a short code.
     *
     * @return the digits to dial, with separators, not null
     */
    public String domesticDialling() {
        return domestic;
    }

    /**
     * Returns what to dial from a phone in the same area (city) as a landline: the number without
     * trunk prefix and area code, e.g. {@code "8558 3992"} in Chengdu. For a number without a
     * geographic area code (a mobile, toll-free number or short code) it is the same as {@link
     * #domesticDialling()}.
     *
     * @return the digits to dial, with separators, not null
     */
    public String localDialling() {
        return local;
    }

    /**
     * Returns what to dial from a country: {@link #domesticDialling()} from the number's own
     * country, otherwise the caller's international prefix, the country code and the national
     * number ({@code "011 86 28 8558 3992"} from the US, {@code "00 1 202 501 4444"} from China).
     * Empty when the number cannot be reached from there: a short code from another country, or a
     * number libphonenumber marks as not internationally diallable.
     *
     * @param from where the caller is, not null
     * @return the digits to dial, with separators, or empty
     */
    public Optional<String> dialFrom(CallerLocation from) {
        Objects.requireNonNull(from, "from");
        if (from.regionCode().equals(regionCode)
                || (!shortCode && UTIL.getCountryCodeForRegion(from.regionCode()) == countryCode)) {
            return Optional.of(domestic);
        }
        if (shortCode || !internationallyDiallable) {
            return Optional.empty();
        }
        return Optional.of(from.internationalPrefix() + " " + countryCode + " " + String.join(" ", groups));
    }

    /**
     * Tells whether the number can be dialled from a country (see {@link #dialFrom}).
     *
     * @param from where the caller is, not null
     * @return true if {@link #dialFrom} is not empty
     */
    public boolean isReachableFrom(CallerLocation from) {
        return dialFrom(from).isPresent();
    }

    /**
     * Returns the RFC 3966 {@code tel:} URI: {@code "tel:+86-28-8558-3992"} for a full number,
     * {@code "tel:110;phone-context=+86"} for a short code.
     *
     * @return the URI text, not null
     */
    public String telUri() {
        return telUri;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof PhoneNumber other && telUri.equals(other.telUri);
    }

    @Override
    public int hashCode() {
        return telUri.hashCode();
    }

    /**
     * Returns the {@code tel:} URI, which {@link #parse(String)} accepts.
     *
     * @return the URI text, not null
     */
    @Override
    public String toString() {
        return telUri;
    }
}
