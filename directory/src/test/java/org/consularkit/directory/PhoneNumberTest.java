package org.consularkit.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    /** Every row of facts.md §6's dialling table, every form. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            (028) 8558-3992 | 8558 3992 | 028 8558 3992 | 011 86 28 8558 3992 | +862885583992 | +86 28 8558 3992 | tel:+86-28-8558-3992
            (010) 8531-4000 | 8531 4000 | 010 8531 4000 | 011 86 10 8531 4000 | +861085314000 | +86 10 8531 4000 | tel:+86-10-8531-4000
            010-8531 3000   | 8531 3000 | 010 8531 3000 | 011 86 10 8531 3000 | +861085313000 | +86 10 8531 3000 | tel:+86-10-8531-3000
            020-3814 5775   | 3814 5775 | 020 3814 5775 | 011 86 20 3814 5775 | +862038145775 | +86 20 3814 5775 | tel:+86-20-3814-5775
            021-8011 2400   | 8011 2400 | 021 8011 2400 | 011 86 21 8011 2400 | +862180112400 | +86 21 8011 2400 | tel:+86-21-8011-2400
            024-2322 1198   | 2322 1198 | 024 2322 1198 | 011 86 24 2322 1198 | +862423221198 | +86 24 2322 1198 | tel:+86-24-2322-1198
            024-2335 5188   | 2335 5188 | 024 2335 5188 | 011 86 24 2335 5188 | +862423355188 | +86 24 2335 5188 | tel:+86-24-2335-5188
            +86 27 8555 7791 | 8555 7791 | 027 8555 7791 | 011 86 27 8555 7791 | +862785557791 | +86 27 8555 7791 | tel:+86-27-8555-7791
            """)
    void chineseLandlinesInEveryForm(String published, String sameCity, String inChina, String fromUs, String e164,
            String international, String tel) {
        PhoneNumber n = PhoneNumber.parse(published, "CN");
        assertThat(n.isShortCode()).isFalse();
        assertThat(n.regionCode()).isEqualTo("CN");
        assertThat(n.countryCode()).isEqualTo(86);
        assertThat(n.localDialling()).isEqualTo(sameCity);
        assertThat(n.domesticDialling()).isEqualTo(inChina);
        assertThat(n.dialFrom(CallerLocation.CN)).contains(inChina);
        assertThat(n.dialFrom(CallerLocation.US)).contains(fromUs);
        assertThat(n.e164()).contains(e164);
        assertThat(n.internationalFormat()).contains(international);
        assertThat(n.telUri()).isEqualTo(tel);
        assertThat(PhoneNumber.parse(e164)).isEqualTo(n);
        assertThat(PhoneNumber.parse(international)).isEqualTo(n);
    }

    @Test
    void ocsWashingtonFromAbroadIsDialledWith00FromChina() {
        PhoneNumber n = PhoneNumber.parse("+1-202-501-4444");
        assertThat(n.regionCode()).isEqualTo("US");
        assertThat(n.dialFrom(CallerLocation.CN)).contains("00 1 202 501 4444");
        assertThat(n.dialFrom(CallerLocation.US)).contains("1-202-501-4444");
        assertThat(n.e164()).contains("+12025014444");
        assertThat(n.internationalFormat()).contains("+1 202 501 4444");
        assertThat(n.telUri()).isEqualTo("tel:+1-202-501-4444");
    }

    @Test
    void ocsTollFreeFromTheUs() {
        PhoneNumber n = PhoneNumber.parse("1-888-407-4747", "US");
        assertThat(n.domesticDialling()).isEqualTo("1-888-407-4747");
        assertThat(n.dialFrom(CallerLocation.US)).contains("1-888-407-4747");
        assertThat(n.localDialling()).isEqualTo("1-888-407-4747");
        assertThat(n.e164()).contains("+18884074747");
    }

    /** The North American Numbering Plan: a Canadian number is a domestic call from the US. */
    @Test
    void aCanadianNumberIsDialledFromTheUsAsADomesticCall() {
        PhoneNumber n = PhoneNumber.parse("+1 416 979 2000");
        assertThat(n.regionCode()).isEqualTo("CA");
        assertThat(n.dialFrom(CallerLocation.US)).contains("1-416-979-2000");
        assertThat(n.isReachableFrom(CallerLocation.US)).isTrue();
        assertThat(n.dialFrom(CallerLocation.CN)).contains("00 1 416 979 2000");
    }

    @Test
    void chineseMobileHasNoTrunkPrefix() {
        PhoneNumber n = PhoneNumber.parse("13800138000", "CN");
        assertThat(n.domesticDialling()).isEqualTo("138 0013 8000");
        assertThat(n.localDialling()).isEqualTo("138 0013 8000");
        assertThat(n.dialFrom(CallerLocation.US)).contains("011 86 138 0013 8000");
    }

    @Nested
    class ShortCodes {

        @ParameterizedTest
        @ValueSource(strings = {"110", "119", "120", "122"})
        void areDialledAsTheyAreOnlyInsideChina(String code) {
            PhoneNumber n = PhoneNumber.parse(code, "CN");
            assertThat(n.isShortCode()).isTrue();
            assertThat(n.e164()).isEmpty();
            assertThat(n.internationalFormat()).isEmpty();
            assertThat(n.domesticDialling()).isEqualTo(code);
            assertThat(n.localDialling()).isEqualTo(code);
            assertThat(n.dialFrom(CallerLocation.CN)).contains(code);
            assertThat(n.dialFrom(CallerLocation.US)).isEmpty();
            assertThat(n.isReachableFrom(CallerLocation.US)).isFalse();
            assertThat(n.telUri()).isEqualTo("tel:" + code + ";phone-context=+86");
            assertThat(PhoneNumber.parse(n.toString())).isEqualTo(n);
        }

        @Test
        void unknownShortCodeIsRejected() {
            assertThatThrownBy(() -> PhoneNumber.parse("12367", "CN"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Not a valid phone number for region CN: '12367'");
        }
    }

    @Nested
    class TextForm {

        @ParameterizedTest
        @ValueSource(strings = {"tel:+86-28-8558-3992", "tel:+1-202-501-4444", "tel:110;phone-context=+86",
            "tel:+86-138-0013-8000"})
        void roundTrips(String text) {
            assertThat(PhoneNumber.parse(text).toString()).isEqualTo(text);
        }

        @Test
        void equalNumbersWrittenDifferently() {
            PhoneNumber a = PhoneNumber.parse("(028) 8558-3992", "CN");
            PhoneNumber b = PhoneNumber.parse("+86 28 8558 3992");
            PhoneNumber c = PhoneNumber.parse("TEL:+86.28.8558.3992");
            assertThat(a).isEqualTo(b).isEqualTo(c).hasSameHashCodeAs(c);
            assertThat(a).isNotEqualTo(PhoneNumber.parse("+86 10 8531 4000"));
        }

        @Test
        void theNumbersOfTheDirectoryHaveDistinctHashCodes() {
            Directory mission = Directory.builtIn();
            java.util.Set<PhoneNumber> numbers = new java.util.HashSet<>();
            mission.contacts().forEach(c -> numbers.add(c.number()));
            mission.posts().forEach(p -> p.contacts().forEach(c -> numbers.add(c.number())));
            assertThat(numbers).hasSizeGreaterThan(10);
            assertThat(numbers.stream().map(PhoneNumber::hashCode).distinct()).hasSameSizeAs(numbers);
        }
    }

    @Nested
    class Errors {

        @Test
        void nationalNumberWithoutRegion() {
            assertThatThrownBy(() -> PhoneNumber.parse("028 8558 3992"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Phone number must start with '+' or 'tel:' when no region is given, but was '028 8558 3992'");
        }

        @Test
        void invalidNumber() {
            assertThatThrownBy(() -> PhoneNumber.parse("(028) 8558-399", "CN"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Not a valid phone number for region CN: '(028) 8558-399'");
        }

        @Test
        void blank() {
            assertThatThrownBy(() -> PhoneNumber.parse("  ", "CN"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Phone number must not be blank");
        }

        @Test
        void unknownRegion() {
            assertThatThrownBy(() -> PhoneNumber.parse("110", "XX"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Unknown region code 'XX'");
        }

        @Test
        void extension() {
            assertThatThrownBy(() -> PhoneNumber.parse("024-2322 1198 ext. 5188", "CN"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Phone number extensions are not supported: '024-2322 1198 ext. 5188'");
        }

        @Test
        void localTelUriWithoutContext() {
            assertThatThrownBy(() -> PhoneNumber.parse("tel:110"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("A local tel: URI needs a phone-context of the form +<country code>: 'tel:110'");
        }

        @Test
        void localTelUriThatIsNotAShortCode() {
            assertThatThrownBy(() -> PhoneNumber.parse("tel:02885583992;phone-context=+86"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("A local tel: URI must be a short code: 'tel:02885583992;phone-context=+86'");
        }

        @Test
        void nullArgument() {
            assertThatThrownBy(() -> PhoneNumber.parse("110", null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("regionCode");
        }
    }

    @Test
    void shortCodeFromItsOwnCountryOnly() {
        assertThat(PhoneNumber.parse("911", "US").dialFrom(CallerLocation.CN)).isEqualTo(Optional.empty());
        assertThat(PhoneNumber.parse("911", "US").dialFrom(CallerLocation.US)).contains("911");
    }
}
