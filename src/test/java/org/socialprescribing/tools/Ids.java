package org.socialprescribing.tools;

import java.util.SplittableRandom;
import java.util.UUID;
import org.socialprescribing.testing.NhsNumbers;

/** Random values that come only from the seeded generator, so that a seed repeats a history. */
final class Ids {
    private Ids() {}

    /** A version-4 UUID drawn from the seeded generator (UUID.randomUUID would not repeat). */
    static UUID uuid(SplittableRandom random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    /** A synthetic NHS number (999 test range) drawn from the seeded generator. */
    static String nhsNumber(SplittableRandom random) {
        return NhsNumbers.synthetic(random);
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
