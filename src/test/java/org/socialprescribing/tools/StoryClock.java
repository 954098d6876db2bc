package org.socialprescribing.tools;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;

/** Time in the synthetic history: UK days and working hours, durations drawn in hours. */
final class StoryClock {
    static final ZoneId UK = ZoneId.of("Europe/London");

    private StoryClock() {}

    static Duration hours(double hours) {
        return Duration.ofSeconds((long) (hours * 3600));
    }

    static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    static LocalDate day(Instant at) {
        return at.atZone(UK).toLocalDate();
    }

    /** A quarter past, half past... of a working hour on the same UK day. */
    static Instant workingHour(SplittableRandom random, Instant day) {
        LocalDate date = day(day);
        return date.atTime(9 + random.nextInt(9), 15 * random.nextInt(4)).atZone(UK).toInstant();
    }

    static double exponential(SplittableRandom random, double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }
}
