package org.socialprescribing.tools;

import java.util.SplittableRandom;
import java.util.UUID;

/** Random values that come only from the seeded generator, so that a seed repeats a history. */
final class Ids {
    private Ids() {}

    /** A version-4 UUID drawn from the seeded generator (UUID.randomUUID would not repeat). */
    static UUID uuid(SplittableRandom random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    /**
     * An NHS number that passes the modulus-11 check, in the 999 range the NHS keeps for test data,
     * so that it can never be a real patient's.
     */
    static String nhsNumber(SplittableRandom random) {
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

    /** Normal with the given mean and spread. */
    static double normal(SplittableRandom random, double mean, double sd) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    static int clamp(long value, int min, int max) {
        return (int) Math.max(min, Math.min(max, value));
    }
}
