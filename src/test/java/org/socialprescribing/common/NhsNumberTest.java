package org.socialprescribing.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialprescribing.common.nhs.NhsNumber;

/** The NHS number's modulus-11 check, as the NHS Data Dictionary defines it. */
class NhsNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "9912003888"})
    void publishedExampleNumbersAreValid(String number) {
        assertTrue(NhsNumber.isValid(number), number);
    }

    @Test
    void aWrongCheckDigitIsInvalid() {
        assertFalse(NhsNumber.isValid("9434765918"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "943476591", "94347659190", "943476591900", "1"})
    void aNumberThatIsNotTenDigitsLongIsInvalid(String number) {
        assertFalse(NhsNumber.isValid(number), number);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "94347659A9",
                "ABCDEFGHIJ",
                "943 476 5919",
                "943-476-5919",
                " 9434765919",
                "-434765919"
            })
    void aNumberWithAnythingButDigitsIsInvalid(String number) {
        assertFalse(NhsNumber.isValid(number), number);
    }

    @ParameterizedTest
    @NullSource
    void noNumberIsInvalid(String number) {
        assertFalse(NhsNumber.isValid(number));
    }

    @Test
    void aNumberWhoseCheckDigitWouldBeTenIsNeverValid() {
        String prefix =
                firstPrefixWithWeightedSumRemainder(
                        1); // 11 - 1 = 10: no digit can be the check digit
        for (int last = 0; last <= 9; last++) {
            String number = prefix + last;
            assertFalse(
                    NhsNumber.isValid(number),
                    number + " has a check digit of 10, so no NHS number starts so");
        }
    }

    @Test
    void aCheckDigitOfElevenIsWrittenAsZero() {
        String prefix = firstPrefixWithWeightedSumRemainder(0); // 11 - 0 = 11, written 0
        assertTrue(NhsNumber.isValid(prefix + "0"), prefix + "0");
        for (int last = 1; last <= 9; last++) {
            assertFalse(NhsNumber.isValid(prefix + last), prefix + last);
        }
    }

    /**
     * The first nine-digit prefix (from 400000000) whose weighted sum leaves the given remainder
     * mod 11.
     */
    private static String firstPrefixWithWeightedSumRemainder(int remainder) {
        for (long candidate = 400_000_000L; candidate < 1_000_000_000L; candidate++) {
            String prefix = Long.toString(candidate);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (prefix.charAt(i) - '0') * (10 - i);
            }
            if (sum % 11 == remainder) {
                return prefix;
            }
        }
        throw new AssertionError("no prefix found");
    }
}
