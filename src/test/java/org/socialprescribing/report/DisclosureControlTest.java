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
import org.socialprescribing.report.disclosure.Amount;
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
    void aMissingStatisticOnOneToSevenPeopleIsStillSuppressedSoItsAbsenceTellsNothing() {
        // a confidence interval does not exist for one person; "no data" would say n = 1
        assertEquals(new Statistic(null, true), control.statistic(null, 1));
        assertEquals(new Statistic(null, false), control.statistic(null, 0));
        assertEquals(new Statistic(null, false), control.statistic(null, 8));
    }

    @ParameterizedTest(name = "money over {0} people is suppressed: {1}")
    @CsvSource({"0,false", "1,true", "7,true", "8,false", "13,false"})
    void moneyOverOneToSevenPeopleIsSuppressedAndNeverRounded(long people, boolean suppressed) {
        Amount amount = control.money(123_457, people);
        assertEquals(suppressed, amount.suppressed());
        assertEquals(suppressed ? null : 123_457L, amount.pence());
    }

    @Test
    void moneyPerPersonIsSuppressedWhenEitherTheDivisorOrTheFundedPeopleAreOneToSeven() {
        assertEquals(new Amount(3375L, false), control.perPerson(27_000, 8, 9));
        assertEquals(new Amount(null, true), control.perPerson(27_000, 7, 9));
        assertEquals(new Amount(null, true), control.perPerson(27_000, 8, 7));
        assertEquals(new Amount(null, false), control.perPerson(27_000, 0, 9));
        assertEquals(
                new Amount(3857L, false),
                new DisclosureControl(7, 5, true).perPerson(27_000, 7, 7),
                "unrounded: 27,000 / 7 to the nearest penny");
    }

    @Test
    void moneyTotalsAreTheSumOfThePublishedSums() {
        Amount total =
                control.totalMoney(
                        List.of(
                                control.money(900, 2),
                                control.money(5000, 8),
                                control.money(70, 10)));
        assertEquals(new Amount(5070L, false), total);
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
    void theRulesSayWhenTotalsAreCountedOnceBecauseTheCellsOverlap() {
        assertTrue(control.rules().contains("totals are the sum of the published cells"));
        assertEquals(control.rules(), control.rules(false));
        String overlapping = control.rules(true);
        assertTrue(overlapping.contains("the cells overlap"), overlapping);
        assertTrue(overlapping.contains("count each referral once"), overlapping);
        assertFalse(overlapping.contains("sum of the published cells"), overlapping);
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
