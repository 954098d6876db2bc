package org.socialprescribing.common.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Ids of stored records are UUID version 7: the creation millisecond first, then random bits. */
class TimeOrderedIdsTest {

    @Test
    void anIdIsAVersion7UuidOfTheRfcVariant() {
        UUID id = TimeOrderedIds.next();
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
    }

    @Test
    void theFirst48BitsAreTheMillisecondOfCreation() {
        long before = System.currentTimeMillis();
        UUID id = TimeOrderedIds.next();
        long after = System.currentTimeMillis();
        long millis = id.getMostSignificantBits() >>> 16;
        assertTrue(millis >= before && millis <= after, id.toString());
    }

    @Test
    void theRfcExampleIsReproduced() {
        // RFC 9562, appendix A.6: 017F22E2-79B0-7CC3-98C4-DC0C0C07398F, at 1645557742000 ms.
        UUID id = TimeOrderedIds.at(1645557742000L, 0xCC3L, 0x18C4DC0C0C07398FL);
        assertEquals(UUID.fromString("017f22e2-79b0-7cc3-98c4-dc0c0c07398f"), id);
    }

    @Test
    void idsOfLaterMillisecondsSortAfterEarlierOnes() {
        UUID earlier = TimeOrderedIds.at(1_700_000_000_000L, -1L, -1L);
        UUID later = TimeOrderedIds.at(1_700_000_000_001L, 0L, 0L);
        assertTrue(earlier.toString().compareTo(later.toString()) < 0);
        assertTrue(earlier.compareTo(later) < 0);
    }

    @Test
    void idsOfTheSameMillisecondStillDiffer() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(TimeOrderedIds.next());
        }
        assertEquals(10_000, ids.size());
        assertNotEquals(TimeOrderedIds.next(), TimeOrderedIds.next());
    }
}
