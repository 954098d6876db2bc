package org.socialprescribing.funding.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.socialprescribing.common.error.InvalidFields;
import org.socialprescribing.common.error.Problem;

/** Worked examples of who pays what for a session, one per funding route, and the rules refused. */
class SplitsTest {
    private static final Payer COUNCIL = Payer.funder("LA-LEEDS");
    private static final Payer NHS = Payer.funder("ICB-QWO");
    private static final Payer PATIENT = Payer.patient();

    // --- SPLIT: fixed shares ---

    @Test
    void aThirdEachOfTwentyFivePoundsGivesTheLeftOverPennyToThePatient() {
        FixedShares thirds =
                new FixedShares(
                        List.of(
                                new FixedShare(COUNCIL, 3333),
                                new FixedShare(NHS, 3333),
                                new FixedShare(PATIENT, 3334)),
                        PATIENT);

        SessionSplit split = Splits.split(2500, thirds, null);

        assertEquals(
                List.of(new Share(COUNCIL, 833), new Share(NHS, 833), new Share(PATIENT, 834)),
                split.shares());
        assertEquals(834, split.patientPence());
        assertEquals(1666, split.fundersPence());
    }

    @Test
    void theLeftOverPennyGoesToWhicheverPartyTheSchemeNames() {
        FixedShares thirds =
                new FixedShares(
                        List.of(
                                new FixedShare(COUNCIL, 3334),
                                new FixedShare(NHS, 3333),
                                new FixedShare(PATIENT, 3333)),
                        COUNCIL);

        SessionSplit split = Splits.split(2500, thirds, null);

        assertEquals(834, split.pence(COUNCIL));
        assertEquals(833, split.pence(NHS));
        assertEquals(833, split.pence(PATIENT));
    }

    @Test
    void sharesThatDivideExactlyNeedNoRounding() {
        FixedShares halves =
                new FixedShares(
                        List.of(new FixedShare(COUNCIL, 5000), new FixedShare(NHS, 5000)), NHS);

        SessionSplit split = Splits.split(3000, halves, null);

        assertEquals(List.of(new Share(COUNCIL, 1500), new Share(NHS, 1500)), split.shares());
        assertEquals(0, split.patientPence());
    }

    @Test
    void aShareThatRoundsDownToNothingIsLeftOutOfTheSplit() {
        FixedShares tiny =
                new FixedShares(
                        List.of(new FixedShare(COUNCIL, 9999), new FixedShare(PATIENT, 1)),
                        COUNCIL);

        SessionSplit split = Splits.split(100, tiny, null);

        assertEquals(List.of(new Share(COUNCIL, 100)), split.shares());
    }

    // --- SLIDING_SCALE: £0 on benefits, then £12, £20, £35 ---

    private static final SlidingScale SCALE =
            new SlidingScale(
                    "ICB-QWO",
                    List.of(
                            new IncomeBand("LOW", 1_500_000L, 1200),
                            new IncomeBand("MIDDLE", 3_000_000L, 2000),
                            new IncomeBand("HIGH", null, 3500)));

    @Test
    void aPatientOnMeansTestedBenefitsPaysNothingAndHasNoPatientLine() {
        Means benefits = new Means(true, null, null);

        SessionSplit split = Splits.split(4500, SCALE, benefits);

        assertEquals(List.of(new Share(NHS, 4500)), split.shares());
        assertEquals(0, split.patientPence());
        assertEquals("LOW", Splits.band(SCALE.bands(), benefits).code());
    }

    @Test
    void benefitsOutweighIncomeWhenBothAreGiven() {
        SessionSplit split = Splits.split(4500, SCALE, new Means(true, 9_000_000L, 1));

        assertEquals(0, split.patientPence());
    }

    @Test
    void aSingleAdultOnFourteenThousandPaysTwelvePounds() {
        SessionSplit split = Splits.split(4500, SCALE, new Means(false, 1_400_000L, 1));

        assertEquals(List.of(new Share(NHS, 3300), new Share(PATIENT, 1200)), split.shares());
    }

    @Test
    void aBandsMaximumIncomeIsInclusive() {
        assertEquals("LOW", Splits.band(SCALE.bands(), new Means(false, 1_500_000L, 1)).code());
        assertEquals("MIDDLE", Splits.band(SCALE.bands(), new Means(false, 1_500_001L, 1)).code());
    }

    @Test
    void aCoupleOnThirtyThousandCountsAsTwentyThousandAndPaysTwentyPounds() {
        Means couple = new Means(false, 3_000_000L, 2);

        assertEquals(2_000_000, Splits.equivalisedIncomePence(3_000_000, 2));
        assertEquals("MIDDLE", Splits.band(SCALE.bands(), couple).code());
        assertEquals(2000, Splits.split(4500, SCALE, couple).patientPence());
    }

    @Test
    void aFamilyOfFourOnFortyFiveThousandCountsAsEighteenThousand() {
        assertEquals(1_800_000, Splits.equivalisedIncomePence(4_500_000, 4));
        assertEquals("MIDDLE", Splits.band(SCALE.bands(), new Means(false, 4_500_000L, 4)).code());
    }

    @Test
    void equivalisedIncomeIsRoundedDownToThePenny() {
        // 1,000,001 × 10 / 15 = 666,667.33…
        assertEquals(666_667, Splits.equivalisedIncomePence(1_000_001, 2));
    }

    @Test
    void anIncomeAboveEveryLimitFallsInTheOpenEndedBand() {
        SessionSplit split = Splits.split(4500, SCALE, new Means(false, 10_000_000L, 1));

        assertEquals(3500, split.patientPence());
        assertEquals(1000, split.fundersPence());
    }

    @Test
    void aContributionAboveTheFeeIsCappedAtTheFeeAndTheFunderPaysNothing() {
        SessionSplit split = Splits.split(3000, SCALE, new Means(false, 10_000_000L, 1));

        assertEquals(List.of(new Share(PATIENT, 3000)), split.shares());
    }

    @Test
    void bandsMayBeGivenInAnyOrder() {
        List<IncomeBand> shuffled = new ArrayList<>(SCALE.bands());
        Collections.reverse(shuffled);

        assertEquals("LOW", Splits.band(shuffled, new Means(false, 0L, 1)).code());
        assertEquals("MIDDLE", Splits.band(shuffled, new Means(false, 2_000_000L, 1)).code());
    }

    @Test
    void aSlidingScaleNeedsTheMeans() {
        assertInvalid("means", () -> Splits.split(4500, SCALE, null));
        assertInvalid(
                "means.annualHouseholdIncomePence",
                () -> Splits.split(4500, SCALE, new Means(false, null, 2)));
        assertInvalid(
                "means.annualHouseholdIncomePence",
                () -> Splits.split(4500, SCALE, new Means(false, -1L, 2)));
        assertInvalid(
                "means.householdSize",
                () -> Splits.split(4500, SCALE, new Means(false, 2_000_000L, null)));
        assertInvalid(
                "means.householdSize",
                () -> Splits.split(4500, SCALE, new Means(false, 2_000_000L, 0)));
        assertInvalid(
                "means.householdSize",
                () -> Splits.split(4500, SCALE, new Means(false, 2_000_000L, 21)));
    }

    // --- CHARITY_GRANT ---

    @Test
    void aTenPoundGrantOfAThirtyPoundFeeLeavesThePatientTwentyPounds() {
        GrantPart tenPounds = new GrantPart("CH-MIND", 1000L, null);

        SessionSplit split = Splits.split(3000, tenPounds, null);

        assertEquals(
                List.of(new Share(Payer.funder("CH-MIND"), 1000), new Share(PATIENT, 2000)),
                split.shares());
    }

    @Test
    void aFixedGrantAboveTheFeeIsCappedAtTheFee() {
        SessionSplit split = Splits.split(800, new GrantPart("CH-MIND", 1000L, null), null);

        assertEquals(List.of(new Share(Payer.funder("CH-MIND"), 800)), split.shares());
    }

    @Test
    void aGrantWithNoAmountPaysTheWholeFee() {
        SessionSplit split = Splits.split(3000, new GrantPart("CH-MIND", null, null), null);

        assertEquals(List.of(new Share(Payer.funder("CH-MIND"), 3000)), split.shares());
    }

    @Test
    void aPercentageGrantIsRoundedDownAndThePatientPaysTheOddPenny() {
        SessionSplit split = Splits.split(2501, new GrantPart("CH-MIND", null, 5000), null);

        assertEquals(1250, split.pence(Payer.funder("CH-MIND")));
        assertEquals(1251, split.patientPence());
    }

    // --- COMMISSIONED, PRIOR_APPROVAL, PERSONAL_HEALTH_BUDGET; SELF_FUNDED ---

    @Test
    void theFunderPaysTheWholeFee() {
        SessionSplit split = Splits.split(4000, new WholeFee("ICB-QWO"), null);

        assertEquals(List.of(new Share(NHS, 4000)), split.shares());
        assertEquals(4000, split.fundersPence());
        assertEquals(0, split.patientPence());
    }

    @Test
    void aSelfFundedPatientPaysTheWholeFee() {
        SessionSplit split = Splits.split(4000, new PatientPays(), null);

        assertEquals(List.of(new Share(PATIENT, 4000)), split.shares());
        assertEquals(0, split.fundersPence());
    }

    // --- the fee ---

    @Test
    void theFeeIsFromOnePennyToOneThousandPounds() {
        assertEquals(1, Splits.split(1, new PatientPays(), null).feePence());
        assertEquals(100_000, Splits.split(100_000, new PatientPays(), null).feePence());
        assertInvalid("sessionFeePence", () -> Splits.split(0, new PatientPays(), null));
        assertInvalid("sessionFeePence", () -> Splits.split(-500, new PatientPays(), null));
        assertInvalid("sessionFeePence", () -> Splits.split(100_001, new PatientPays(), null));
    }

    // --- rules a client can get wrong ---

    @Test
    void aSchemeMustHaveARule() {
        assertInvalid("split", () -> Splits.validate(null));
    }

    @Test
    void aFunderPaidRuleNamesItsFunder() {
        assertInvalid("split.funderCode", () -> Splits.validate(new WholeFee(null)));
        assertInvalid("split.funderCode", () -> Splits.validate(new WholeFee(" ")));
        assertInvalid("split.funderCode", () -> Splits.validate(new GrantPart("", null, null)));
        assertInvalid(
                "split.funderCode", () -> Splits.validate(new SlidingScale(null, SCALE.bands())));
    }

    @Test
    void sharesMustAddUpToExactlyOneHundredPercent() {
        assertInvalid(
                "split.shares",
                "basis points must add up to exactly 10000 (100%); they add up to 9999",
                () ->
                        Splits.validate(
                                new FixedShares(
                                        List.of(
                                                new FixedShare(COUNCIL, 3333),
                                                new FixedShare(NHS, 3333),
                                                new FixedShare(PATIENT, 3333)),
                                        PATIENT)));
        assertInvalid(
                "split.shares", () -> Splits.validate(shares(PATIENT, COUNCIL, 6000, NHS, 5000)));
    }

    @Test
    void eachShareIsFromOneBasisPointToTheWhole() {
        assertInvalid("split.shares", () -> Splits.validate(shares(NHS, COUNCIL, 0, NHS, 10000)));
        assertInvalid(
                "split.shares", () -> Splits.validate(shares(NHS, COUNCIL, -100, NHS, 10100)));
        assertInvalid(
                "split.shares",
                () -> Splits.validate(new FixedShares(List.of(new FixedShare(NHS, 10001)), NHS)));
    }

    @Test
    void aPayerHasAtMostOneShare() {
        assertInvalid(
                "split.shares",
                "funder ICB-QWO has more than one share",
                () -> Splits.validate(shares(NHS, NHS, 5000, NHS, 5000)));
    }

    @Test
    void everyShareNamesAPayer() {
        assertInvalid("split.shares", () -> Splits.validate(new FixedShares(List.of(), NHS)));
        assertInvalid("split.shares", () -> Splits.validate(new FixedShares(null, NHS)));
        assertInvalid("split.shares", () -> Splits.validate(shares(NHS, null, 5000, NHS, 5000)));
        assertInvalid(
                "split.shares",
                () -> Splits.validate(shares(NHS, Payer.funder(""), 5000, NHS, 5000)));
        assertInvalid(
                "split.shares",
                () -> Splits.validate(new FixedShares(Arrays.asList((FixedShare) null), NHS)));
    }

    @Test
    void theRoundingPartyIsOneOfTheSharesPayers() {
        assertInvalid(
                "split.roundingParty",
                "must be one of the shares' payers; the patient has no share",
                () -> Splits.validate(shares(PATIENT, COUNCIL, 5000, NHS, 5000)));
        assertInvalid(
                "split.roundingParty",
                () -> Splits.validate(shares(null, COUNCIL, 5000, NHS, 5000)));
    }

    @Test
    void aGrantIsAFixedAmountOrAPercentageNotBoth() {
        assertInvalid(
                "split.fixedPence", () -> Splits.validate(new GrantPart("CH-MIND", 1000L, 5000)));
        assertInvalid(
                "split.fixedPence", () -> Splits.validate(new GrantPart("CH-MIND", 0L, null)));
        assertInvalid(
                "split.fixedPence", () -> Splits.validate(new GrantPart("CH-MIND", -1000L, null)));
        assertInvalid(
                "split.basisPoints", () -> Splits.validate(new GrantPart("CH-MIND", null, 0)));
        assertInvalid(
                "split.basisPoints", () -> Splits.validate(new GrantPart("CH-MIND", null, 10001)));
    }

    @Test
    void everyIncomeFallsInExactlyOneBand() {
        assertInvalid("split.bands", () -> Splits.validate(new SlidingScale("ICB-QWO", List.of())));
        assertInvalid("split.bands", () -> Splits.validate(new SlidingScale("ICB-QWO", null)));
        assertInvalid(
                "split.bands",
                "exactly one band must have no maximum income, so that every income has a band;"
                        + " found 0",
                () -> scale(new IncomeBand("LOW", 1_500_000L, 1200)));
        assertInvalid(
                "split.bands",
                () -> scale(new IncomeBand("A", null, 1200), new IncomeBand("B", null, 2000)));
        assertInvalid(
                "split.bands",
                () ->
                        scale(
                                new IncomeBand("A", 1_500_000L, 1200),
                                new IncomeBand("B", 1_500_000L, 2000),
                                new IncomeBand("C", null, 3500)));
    }

    @Test
    void contributionsDoNotFallAsIncomeRises() {
        assertInvalid(
                "split.bands",
                "contributions may not fall as income rises: band HIGH asks less than band LOW",
                () ->
                        scale(
                                new IncomeBand("LOW", 1_500_000L, 2000),
                                new IncomeBand("HIGH", null, 1200)));
        assertInvalid(
                "split.bands",
                () ->
                        scale(
                                new IncomeBand("LOW", 1_500_000L, -1),
                                new IncomeBand("HIGH", null, 1200)));
    }

    @Test
    void bandsHaveDistinctCodesAndNoNegativeLimits() {
        assertInvalid(
                "split.bands",
                () ->
                        scale(
                                new IncomeBand("A", 1_500_000L, 1200),
                                new IncomeBand("A", null, 2000)));
        assertInvalid(
                "split.bands",
                () ->
                        scale(
                                new IncomeBand(" ", 1_500_000L, 1200),
                                new IncomeBand("A", null, 2000)));
        assertInvalid(
                "split.bands",
                () -> scale(new IncomeBand("A", -1L, 1200), new IncomeBand("B", null, 2000)));
    }

    @Test
    void aSingleOpenEndedBandIsAFlatContribution() {
        Splits.validate(new SlidingScale("ICB-QWO", List.of(new IncomeBand("FLAT", null, 1500))));
        assertEquals(
                1500,
                Splits.split(
                                4000,
                                new SlidingScale(
                                        "ICB-QWO", List.of(new IncomeBand("FLAT", null, 1500))),
                                new Means(false, 5_000_000L, 3))
                        .patientPence());
    }

    @Test
    void splitRefusesAnInvalidRuleToo() {
        assertInvalid(
                "split.shares", () -> Splits.split(2500, shares(NHS, COUNCIL, 1, NHS, 1), null));
    }

    @Test
    void aSplitAlwaysAddsUpToItsFee() {
        IllegalArgumentException wrong =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> new SessionSplit(1000, List.of(new Share(NHS, 999))));
        assertTrue(wrong.getMessage().contains("999"));
        assertFalse(Payer.funder("X").isPatient());
        assertTrue(PATIENT.isPatient());
    }

    private static FixedShares shares(
            Payer roundingParty,
            Payer first,
            int firstBasisPoints,
            Payer second,
            int secondBasisPoints) {
        return new FixedShares(
                List.of(
                        new FixedShare(first, firstBasisPoints),
                        new FixedShare(second, secondBasisPoints)),
                roundingParty);
    }

    private static void scale(IncomeBand... bands) {
        Splits.validate(new SlidingScale("ICB-QWO", List.of(bands)));
    }

    private static void assertInvalid(String field, Executable call) {
        assertEquals(field, fieldError(call).field());
    }

    private static void assertInvalid(String field, String message, Executable call) {
        assertEquals(new Problem.FieldError(field, message), fieldError(call));
    }

    private static Problem.FieldError fieldError(Executable call) {
        InvalidFields invalid = assertThrows(InvalidFields.class, call);
        Problem problem = invalid.toProblem();
        assertEquals(400, problem.status());
        assertEquals(1, problem.errors().size());
        return problem.errors().get(0);
    }
}
