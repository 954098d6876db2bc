package org.socialprescribing.funding.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * What holds for every fee and every valid rule, checked on random ones: the shares add up to the
 * fee, none is negative, and each is as close to its exact value as whole pennies allow. Exact
 * values are compared in integer arithmetic, scaled by 10,000, so the check itself never rounds.
 */
class SplitsPropertiesTest {
    private static final Gen<Long> FEES = longs().between(1, Splits.MAX_FEE_PENCE);

    @Test
    void fixedSharesAlwaysAddUpToTheFeeAndStayWithinAPennyOfTheirExactValue() {
        qt().forAll(FEES, fixedShares())
                .checkAssert(
                        (fee, rule) -> {
                            SessionSplit split = Splits.split(fee, rule, null);
                            assertAddsUpToTheFee(fee, split);
                            int payers = rule.shares().size();
                            for (FixedShare share : rule.shares()) {
                                long pence = split.pence(share.payer());
                                // (pence − fee × bp / 10,000) × 10,000, exactly.
                                long error =
                                        Math.abs(pence * Splits.WHOLE - fee * share.basisPoints());
                                long allowed =
                                        share.payer().equals(rule.roundingParty())
                                                ? (long) payers * Splits.WHOLE
                                                : Splits.WHOLE;
                                assertTrue(
                                        error < allowed,
                                        share + " of " + fee + " came to " + pence + " pence");
                            }
                            for (Share line : split.shares()) {
                                assertTrue(
                                        rule.shares().stream()
                                                .anyMatch(s -> s.payer().equals(line.payer())),
                                        line + " is not one of the rule's payers");
                            }
                        });
    }

    @Test
    void onlyTheRoundingPartyIsRoundedUp() {
        qt().forAll(FEES, fixedShares())
                .checkAssert(
                        (fee, rule) -> {
                            SessionSplit split = Splits.split(fee, rule, null);
                            for (FixedShare share : rule.shares()) {
                                long floor = fee * share.basisPoints() / Splits.WHOLE;
                                long pence = split.pence(share.payer());
                                if (share.payer().equals(rule.roundingParty())) {
                                    assertTrue(pence - floor < rule.shares().size());
                                } else {
                                    assertEquals(floor, pence, share + " of " + fee);
                                }
                            }
                        });
    }

    @Test
    void aSlidingScaleChargesThePatientTheirBandCappedAtTheFeeAndTheFunderTheRest() {
        qt().forAll(FEES, slidingScales(), means())
                .checkAssert(
                        (fee, rule, means) -> {
                            SessionSplit split = Splits.split(fee, rule, means);
                            assertAddsUpToTheFee(fee, split);
                            assertEquals(
                                    fee, split.pence(Payer.funder("ICB-X")) + split.patientPence());
                            if (means.receivesMeansTestedBenefits()) {
                                // Benefits exempt the patient: nothing to pay, by no band.
                                assertEquals(0, split.patientPence());
                                assertTrue(Splits.band(rule.bands(), means).isEmpty());
                            } else {
                                IncomeBand band = Splits.band(rule.bands(), means).orElseThrow();
                                assertEquals(
                                        Math.min(band.contributionPence(), fee),
                                        split.patientPence());
                                assertBandHolds(rule.bands(), band, means);
                            }
                        });
    }

    @Test
    void aGrantPaysItsPartAndThePatientTheRest() {
        qt().forAll(FEES, grants())
                .checkAssert(
                        (fee, grant) -> {
                            SessionSplit split = Splits.split(fee, grant, null);
                            assertAddsUpToTheFee(fee, split);
                            long granted = split.pence(Payer.funder("CH-X"));
                            assertEquals(fee, granted + split.patientPence());
                            if (grant.fixedPence() != null) {
                                assertEquals(Math.min(grant.fixedPence(), fee), granted);
                            } else if (grant.basisPoints() != null) {
                                long error = granted * Splits.WHOLE - fee * grant.basisPoints();
                                // Rounded down: never more than the exact value, less by under 1p.
                                assertTrue(
                                        error <= 0 && error > -Splits.WHOLE, grant + " of " + fee);
                            } else {
                                assertEquals(fee, granted);
                            }
                        });
    }

    private static void assertAddsUpToTheFee(long fee, SessionSplit split) {
        assertEquals(fee, split.feePence());
        assertEquals(fee, split.shares().stream().mapToLong(Share::pence).sum());
        assertEquals(fee, split.patientPence() + split.fundersPence());
        assertTrue(!split.shares().isEmpty());
        for (Share share : split.shares()) {
            // Zero shares are left out, so every line is a positive amount.
            assertTrue(share.pence() > 0, share + " in " + split);
        }
    }

    /** The band's upper limit holds the income, and the band below (if any) does not. */
    private static void assertBandHolds(List<IncomeBand> bands, IncomeBand band, Means means) {
        long equivalised =
                Splits.equivalisedIncomePence(
                        means.annualHouseholdIncomePence(), means.householdSize());
        Long max = band.maxEquivalisedIncomePence();
        assertTrue(max == null || equivalised <= max, band + " for " + equivalised);
        for (IncomeBand other : bands) {
            Long otherMax = other.maxEquivalisedIncomePence();
            if (otherMax != null && (max == null || otherMax < max)) {
                assertTrue(otherMax < equivalised, other + " should have held " + equivalised);
            }
        }
    }

    /**
     * 2 to 5 payers (funders, and the patient in half the cases) whose basis points are the gaps
     * between 1 to 4 distinct cut points in 1..9,999, so they are each at least 1 and sum to
     * 10,000.
     */
    private static Gen<FixedShares> fixedShares() {
        Gen<List<Integer>> cuts =
                lists().of(integers().between(1, Splits.WHOLE - 1)).ofSizeBetween(1, 4);
        return cuts.zip(
                booleans().all(),
                integers().between(0, 4),
                (cutPoints, withPatient, rounding) -> {
                    List<Integer> points = new ArrayList<>(new TreeSet<>(cutPoints));
                    points.add(Splits.WHOLE);
                    List<FixedShare> shares = new ArrayList<>();
                    int previous = 0;
                    for (int i = 0; i < points.size(); i++) {
                        boolean last = i == points.size() - 1;
                        Payer payer = withPatient && last ? Payer.patient() : Payer.funder("F" + i);
                        shares.add(new FixedShare(payer, points.get(i) - previous));
                        previous = points.get(i);
                    }
                    Payer roundingParty = shares.get(rounding % shares.size()).payer();
                    return new FixedShares(shares, roundingParty);
                });
    }

    /**
     * 1 to 5 bands: distinct upper limits up to £100,000 then an open-ended band, with
     * contributions from £0 to £100 that never fall as income rises.
     */
    private static Gen<SlidingScale> slidingScales() {
        Gen<List<Long>> limits = lists().of(longs().between(0, 10_000_000)).ofSizeBetween(0, 4);
        Gen<List<Long>> contributions = lists().of(longs().between(0, 10_000)).ofSize(5);
        return limits.zip(
                contributions,
                (limitList, contributionList) -> {
                    List<Long> maxima = new ArrayList<>(new TreeSet<>(limitList));
                    maxima.add(null);
                    List<Long> asked = new ArrayList<>(contributionList);
                    asked.sort(null);
                    List<IncomeBand> bands = new ArrayList<>();
                    for (int i = 0; i < maxima.size(); i++) {
                        bands.add(new IncomeBand("B" + i, maxima.get(i), asked.get(i)));
                    }
                    // Bands may come in any order; the calculation orders them itself.
                    Collections.reverse(bands);
                    return new SlidingScale("ICB-X", bands);
                });
    }

    private static Gen<Means> means() {
        return booleans()
                .all()
                .zip(
                        longs().between(0, 30_000_000),
                        integers().between(1, Splits.MAX_HOUSEHOLD_SIZE),
                        Means::new);
    }

    private static Gen<GrantPart> grants() {
        return integers()
                .between(0, 2)
                .zip(
                        longs().between(1, Splits.MAX_FEE_PENCE),
                        integers().between(1, Splits.WHOLE),
                        (kind, fixed, basisPoints) ->
                                switch (kind) {
                                    case 0 -> new GrantPart("CH-X", fixed, null);
                                    case 1 -> new GrantPart("CH-X", null, basisPoints);
                                    default -> new GrantPart("CH-X", null, null);
                                });
    }
}
