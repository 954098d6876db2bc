package org.socialprescribing.testing;

import java.util.random.RandomGenerator;

/** NHS numbers for test patients. */
public final class NhsNumbers {
    private NhsNumbers() {}

    /**
     * An NHS number that passes the modulus-11 check, in the 999 range the NHS keeps for test data,
     * so that it can never be a real patient's.
     */
    public static String synthetic(RandomGenerator random) {
        while (true) {
            int[] digits = new int[10];
            digits[0] = 9;
            digits[1] = 9;
            digits[2] = 9;
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                if (i >= 3) {
                    digits[i] = random.nextInt(10);
                }
                sum += digits[i] * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 10) {
                continue; // no valid number has these nine digits
            }
            digits[9] = check == 11 ? 0 : check;
            StringBuilder number = new StringBuilder(10);
            for (int digit : digits) {
                number.append(digit);
            }
            return number.toString();
        }
    }
}
