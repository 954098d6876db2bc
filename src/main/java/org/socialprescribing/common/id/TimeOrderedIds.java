package org.socialprescribing.common.id;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * New ids for stored records: UUID version 7 (RFC 9562), the millisecond of creation in the first
 * 48 bits, then 74 random bits. Records created together sit side by side in every index led by
 * their id (or a referral's id), so a commit rewrites the newest pages of an index instead of one
 * random page per index; the random bits keep an id as hard to guess as before. An id tells no more
 * than the record's own creation time, which it already shows.
 */
public final class TimeOrderedIds {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT_RFC = 0x8000_0000_0000_0000L;
    private static final long RANDOM_62_BITS = 0x3FFF_FFFF_FFFF_FFFFL;

    private TimeOrderedIds() {}

    public static UUID next() {
        return at(System.currentTimeMillis(), RANDOM.nextLong(), RANDOM.nextLong());
    }

    /** The id of a record created at this millisecond, from these random bits. */
    static UUID at(long epochMillis, long randomHigh, long randomLow) {
        long high = (epochMillis << 16) | VERSION_7 | (randomHigh & 0x0FFFL);
        long low = VARIANT_RFC | (randomLow & RANDOM_62_BITS);
        return new UUID(high, low);
    }
}
