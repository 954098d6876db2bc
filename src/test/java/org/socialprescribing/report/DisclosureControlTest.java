package org.socialprescribing.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialprescribing.report.disclosure.Count;
import org.socialprescribing.report.disclosure.DisclosureControl;
import org.socialprescribing.report.disclosure.Statistic;

/** NHS Digital's disclosure control, at its edges. */
class DisclosureControlTest {
    private final DisclosureControl control = new DisclosureControl(7, 5, false);

    @ParameterizedTest(name = "{0} people are published as {1}")
    @CsvSource({
        "0,0",
        "8,10",
        "12,10",
        "13,15",
        "15,15",
        "17,15",
        "18,20",
        "1000,1000",
        "1003,1005"
    })
    void countsOfEightOrMorePeopleAreRoundedToTheNearestFive(long raw, long published) {
        Count count = control.people(raw);
        assertFalse(count.suppressed());
        assertEquals(published, count.value());
    }

    @ParameterizedTest(name = "{0} people are suppressed")
    @CsvSource({"1", "2", "5", "7"})
    void countsOfOneToSevenPeopleAreSuppressedNotZeroed(long raw) {
        Count count = control.people(raw);
        assertTrue(count.suppressed());
        assertNull(count.value());
    }

    @Test
    void zeroIsPublishedAsZero() {
        assertEquals(new Count(0L, false), control.people(0));
    }

    @Test
    void countsThatAreNotAboutPeopleAreNotControlled() {
        assertEquals(new Count(3L, false), control.notPeople(3));
        assertEquals(new Count(12L, false), control.notPeople(12));
    }

    @Test
    void statisticsOnOneToSevenPeopleAreSuppressed() {
        BigDecimal mean = new BigDecimal("4.25");
        assertTrue(control.statistic(mean, 1).suppressed());
        assertTrue(control.statistic(mean, 7).suppressed());
        assertEquals(new Statistic(mean, false), control.statistic(mean, 8));
        assertEquals(new Statistic(null, false), control.statistic(null, 0));
    }

    @Test
    void totalsAreTheSumOfPublishedCellsSoASuppressedCellCannotBeRecovered() {
        // Raw 12 + 3 + 13 = 28; published 10 + suppressed + 15: the total is 25, not round(28) =
        // 30,
        // so subtracting the published cells from it reveals nothing about the suppressed one.
        List<Count> cells = List.of(control.people(12), control.people(3), control.people(13));
        assertEquals(new Count(25L, false), control.total(cells));
    }

    @Test
    void anAdminMayAskForUnroundedFigures() {
        DisclosureControl unrounded = new DisclosureControl(7, 5, true);
        assertEquals(new Count(3L, false), unrounded.people(3));
        assertEquals(new Count(12L, false), unrounded.people(12));
        assertFalse(unrounded.statistic(BigDecimal.ONE, 2).suppressed());
        assertTrue(unrounded.rules().contains("do not publish"));
    }

    @Test
    void thresholdsAreConfigurable() {
        DisclosureControl stricter = new DisclosureControl(9, 10, false);
        assertTrue(stricter.people(9).suppressed());
        assertEquals(20L, stricter.people(15).value());
    }
}
