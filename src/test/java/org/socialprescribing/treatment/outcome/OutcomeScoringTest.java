package org.socialprescribing.treatment.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.socialprescribing.common.error.InvalidFields;
import org.socialprescribing.common.error.Problem;

/** How the server validates and scores each outcome measure (DOMAIN.md, "Outcome measures"). */
class OutcomeScoringTest {

    // --- MYMOP2 ---

    @Test
    void mymopProfileIsTheMeanOfItsItems() {
        ScoredOutcome outcome =
                OutcomeScoring.score(OutcomeMeasure.MYMOP2, List.of(4, 3, 2, 1), null);
        assertScore(outcome, "profile", "2.50", null);
        assertEquals(List.of("profile"), names(outcome));
    }

    @Test
    void mymopAcceptsThreeItemsWhenSymptomTwoIsLeftOut() {
        ScoredOutcome outcome = OutcomeScoring.score(OutcomeMeasure.MYMOP2, List.of(6, 3, 0), null);
        assertScore(outcome, "profile", "3.00", null);
    }

    @Test
    void mymopProfileIsRoundedHalfUpToTwoDecimalPlaces() {
        assertScore(
                OutcomeScoring.score(OutcomeMeasure.MYMOP2, List.of(0, 1, 1), null),
                "profile",
                "0.67",
                null);
        assertScore(
                OutcomeScoring.score(OutcomeMeasure.MYMOP2, List.of(0, 0, 1), null),
                "profile",
                "0.33",
                null);
    }

    @ParameterizedTest
    @CsvSource({"2", "5"})
    void mymopHasThreeOrFourItems(int count) {
        assertInvalid(
                "answers",
                "MYMOP2 has 3 or 4 items, not " + count,
                () -> OutcomeScoring.score(OutcomeMeasure.MYMOP2, answers(count, 3), null));
    }

    @Test
    void mymopFallOfExactlyOnePointIsMeaningful() {
        assertEquals(
                Boolean.TRUE,
                OutcomeScoring.meaningfulImprovement(
                        OutcomeMeasure.MYMOP2,
                        "profile",
                        new BigDecimal("3.00"),
                        new BigDecimal("2.00")));
    }

    @Test
    void mymopFallOfLessThanOnePointIsNotMeaningful() {
        assertEquals(
                Boolean.FALSE,
                OutcomeScoring.meaningfulImprovement(
                        OutcomeMeasure.MYMOP2,
                        "profile",
                        new BigDecimal("3.00"),
                        new BigDecimal("2.01")));
    }

    @Test
    void mymopRiseIsNotAnImprovement() {
        assertEquals(
                Boolean.FALSE,
                OutcomeScoring.meaningfulImprovement(
                        OutcomeMeasure.MYMOP2,
                        "profile",
                        new BigDecimal("2.00"),
                        new BigDecimal("4.00")));
    }

    // --- WEMWBS and SWEMWBS ---

    @Test
    void wemwbsTotalIsTheSumOfItsFourteenItems() {
        assertScore(
                OutcomeScoring.score(OutcomeMeasure.WEMWBS, answers(14, 1), null),
                "total",
                "14",
                null);
        assertScore(
                OutcomeScoring.score(OutcomeMeasure.WEMWBS, answers(14, 5), null),
                "total",
                "70",
                null);
        List<Integer> mixed = List.of(1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4);
        assertScore(OutcomeScoring.score(OutcomeMeasure.WEMWBS, mixed, null), "total", "40", null);
    }

    @ParameterizedTest
    @CsvSource({
        "7, 7.00",
        "8, 9.51",
        "9, 11.25",
        "14, 15.32",
        "21, 19.25",
        "28, 25.03",
        "33, 30.70",
        "34, 32.55",
        "35, 35.00"
    })
    void swemwbsRawScoreIsConvertedByThePublishedTable(int raw, String metric) {
        ScoredOutcome outcome =
                OutcomeScoring.score(OutcomeMeasure.SWEMWBS, answersTotalling(7, 1, 5, raw), null);
        assertScore(outcome, "raw", String.valueOf(raw), null);
        assertScore(outcome, "metric", metric, null);
    }

    @Test
    void swemwbsMetricScoreRisesWithEveryRawPoint() {
        BigDecimal previous = null;
        for (int raw = 7; raw <= 35; raw++) {
            BigDecimal metric =
                    value(
                            OutcomeScoring.score(
                                    OutcomeMeasure.SWEMWBS, answersTotalling(7, 1, 5, raw), null),
                            "metric");
            assertEquals(2, metric.scale(), "metric scores have two decimal places");
            if (previous != null) {
                assertTrue(metric.compareTo(previous) > 0, "raw " + raw);
            }
            previous = metric;
        }
    }

    @Test
    void wellbeingScalesClaimNoMeaningfulChangeThreshold() {
        BigDecimal low = BigDecimal.valueOf(14);
        BigDecimal high = BigDecimal.valueOf(60);
        assertNull(OutcomeScoring.meaningfulImprovement(OutcomeMeasure.WEMWBS, "total", low, high));
        assertNull(OutcomeScoring.meaningfulImprovement(OutcomeMeasure.SWEMWBS, "raw", low, high));
        assertNull(
                OutcomeScoring.meaningfulImprovement(OutcomeMeasure.SWEMWBS, "metric", low, high));
    }

    // --- ONS4 ---

    @Test
    void ons4GivesFourSeparateScoresAndNeverATotal() {
        ScoredOutcome outcome =
                OutcomeScoring.score(OutcomeMeasure.ONS4, List.of(8, 9, 6, 3), null);
        assertEquals(List.of("lifeSatisfaction", "worthwhile", "happy", "anxious"), names(outcome));
        assertScore(outcome, "lifeSatisfaction", "8", "high");
        assertScore(outcome, "worthwhile", "9", "very high");
        assertScore(outcome, "happy", "6", "medium");
        assertScore(outcome, "anxious", "3", "low");
        assertTrue(outcome.score("total").isEmpty());
    }

    @ParameterizedTest
    @CsvSource({
        "0, low",
        "4, low",
        "5, medium",
        "6, medium",
        "7, high",
        "8, high",
        "9, very high",
        "10, very high"
    })
    void ons4PositiveRatingsAreBandedByTheOnsThresholds(int rating, String band) {
        ScoredOutcome outcome =
                OutcomeScoring.score(OutcomeMeasure.ONS4, List.of(rating, rating, rating, 0), null);
        assertScore(outcome, "lifeSatisfaction", String.valueOf(rating), band);
        assertScore(outcome, "worthwhile", String.valueOf(rating), band);
        assertScore(outcome, "happy", String.valueOf(rating), band);
    }

    @ParameterizedTest
    @CsvSource({
        "0, very low",
        "1, very low",
        "2, low",
        "3, low",
        "4, medium",
        "5, medium",
        "6, high",
        "10, high"
    })
    void ons4AnxietyIsBandedTheOtherWayRound(int rating, String band) {
        ScoredOutcome outcome =
                OutcomeScoring.score(OutcomeMeasure.ONS4, List.of(5, 5, 5, rating), null);
        assertScore(outcome, "anxious", String.valueOf(rating), band);
    }

    @Test
    void ons4ClaimsNoMeaningfulChangeThreshold() {
        for (String score : OutcomeScoring.scoreNames(OutcomeMeasure.ONS4)) {
            assertNull(
                    OutcomeScoring.meaningfulImprovement(
                            OutcomeMeasure.ONS4, score, BigDecimal.ZERO, BigDecimal.TEN),
                    score);
        }
    }

    // --- PHQ-9 ---

    @ParameterizedTest
    @CsvSource({
        "0, minimal",
        "4, minimal",
        "5, mild",
        "9, mild",
        "10, moderate",
        "14, moderate",
        "15, moderately severe",
        "19, moderately severe",
        "20, severe",
        "27, severe"
    })
    void phq9TotalIsBandedAtThePublishedCutOffs(int total, String band) {
        ScoredOutcome outcome =
                OutcomeScoring.score(OutcomeMeasure.PHQ9, answersTotalling(9, 0, 3, total), null);
        assertScore(outcome, "total", String.valueOf(total), band);
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "3"})
    void phq9WithANonZeroItemNineNeedsUrgentReview(int itemNine) {
        List<Integer> answers = new ArrayList<>(answers(9, 0));
        answers.set(8, itemNine);
        ScoredOutcome outcome = OutcomeScoring.score(OutcomeMeasure.PHQ9, answers, null);
        assertTrue(outcome.urgentReviewNeeded());
        assertScore(outcome, "total", String.valueOf(itemNine), "minimal");
    }

    @Test
    void phq9WithItemNineZeroNeedsNoUrgentReviewWhateverTheTotal() {
        List<Integer> answers = List.of(3, 3, 3, 3, 3, 3, 3, 3, 0);
        ScoredOutcome outcome = OutcomeScoring.score(OutcomeMeasure.PHQ9, answers, null);
        assertFalse(outcome.urgentReviewNeeded());
        assertScore(outcome, "total", "24", "severe");
    }

    @Test
    void onlyPhq9AsksForUrgentReview() {
        for (OutcomeMeasure measure : OutcomeMeasure.values()) {
            if (measure != OutcomeMeasure.PHQ9) {
                assertFalse(highest(measure).urgentReviewNeeded(), measure.name());
            }
        }
    }

    @Test
    void phq9FallOfSixPointsIsReliableImprovementAndFiveIsNot() {
        assertEquals(Boolean.TRUE, improvement(OutcomeMeasure.PHQ9, "total", 16, 10));
        assertEquals(Boolean.FALSE, improvement(OutcomeMeasure.PHQ9, "total", 16, 11));
        assertEquals(Boolean.FALSE, improvement(OutcomeMeasure.PHQ9, "total", 10, 16));
    }

    // --- GAD-7 ---

    @ParameterizedTest
    @CsvSource({
        "0, minimal",
        "4, minimal",
        "5, mild",
        "9, mild",
        "10, moderate",
        "14, moderate",
        "15, severe",
        "21, severe"
    })
    void gad7TotalIsBandedAtThePublishedCutOffs(int total, String band) {
        ScoredOutcome outcome =
                OutcomeScoring.score(OutcomeMeasure.GAD7, answersTotalling(7, 0, 3, total), null);
        assertScore(outcome, "total", String.valueOf(total), band);
    }

    @Test
    void gad7FallOfFourPointsIsReliableImprovementAndThreeIsNot() {
        assertEquals(Boolean.TRUE, improvement(OutcomeMeasure.GAD7, "total", 12, 8));
        assertEquals(Boolean.FALSE, improvement(OutcomeMeasure.GAD7, "total", 12, 9));
    }

    // --- EQ-5D-5L ---

    @Test
    void eq5dGivesEachDimensionAndTheVas() {
        ScoredOutcome outcome =
                OutcomeScoring.score(OutcomeMeasure.EQ5D5L, List.of(1, 2, 3, 4, 5), 65);
        assertEquals(
                List.of(
                        "mobility",
                        "selfCare",
                        "usualActivities",
                        "painDiscomfort",
                        "anxietyDepression",
                        "vas"),
                names(outcome));
        assertScore(outcome, "mobility", "1", null);
        assertScore(outcome, "selfCare", "2", null);
        assertScore(outcome, "usualActivities", "3", null);
        assertScore(outcome, "painDiscomfort", "4", null);
        assertScore(outcome, "anxietyDepression", "5", null);
        assertScore(outcome, "vas", "65", null);
    }

    @Test
    void eq5dNeedsAVas() {
        assertInvalid(
                "vas",
                "is required for EQ5D5L",
                () -> OutcomeScoring.score(OutcomeMeasure.EQ5D5L, answers(5, 1), null));
    }

    @ParameterizedTest
    @CsvSource({"-1", "101"})
    void eq5dVasRunsFromZeroToOneHundred(int vas) {
        assertInvalid(
                "vas",
                "must be 0 to 100 for EQ5D5L",
                () -> OutcomeScoring.score(OutcomeMeasure.EQ5D5L, answers(5, 1), vas));
        assertScore(
                OutcomeScoring.score(OutcomeMeasure.EQ5D5L, answers(5, 1), 0), "vas", "0", null);
        assertScore(
                OutcomeScoring.score(OutcomeMeasure.EQ5D5L, answers(5, 1), 100),
                "vas",
                "100",
                null);
    }

    @ParameterizedTest
    @EnumSource(value = OutcomeMeasure.class, names = "EQ5D5L", mode = EnumSource.Mode.EXCLUDE)
    void onlyEq5dTakesAVas(OutcomeMeasure measure) {
        assertInvalid(
                "vas",
                "is only for EQ5D5L, not " + measure,
                () -> OutcomeScoring.score(measure, lowestAnswers(measure), 50));
    }

    @Test
    void eq5dClaimsNoMeaningfulChangeThreshold() {
        for (String score : OutcomeScoring.scoreNames(OutcomeMeasure.EQ5D5L)) {
            assertNull(
                    OutcomeScoring.meaningfulImprovement(
                            OutcomeMeasure.EQ5D5L, score, BigDecimal.valueOf(5), BigDecimal.ONE),
                    score);
        }
    }

    // --- Every measure: counts, ranges, nulls ---

    @ParameterizedTest
    @CsvSource({
        "MYMOP2, 4, 0, 6",
        "WEMWBS, 14, 1, 5",
        "SWEMWBS, 7, 1, 5",
        "ONS4, 4, 0, 10",
        "PHQ9, 9, 0, 3",
        "GAD7, 7, 0, 3",
        "EQ5D5L, 5, 1, 5"
    })
    void eachMeasureAcceptsItsItemRangeAndRejectsValuesBeyondIt(
            OutcomeMeasure measure, int items, int min, int max) {
        Integer vas = vasFor(measure);
        OutcomeScoring.score(measure, answers(items, min), vas);
        OutcomeScoring.score(measure, answers(items, max), vas);
        String message = "must be " + min + " to " + max + " for " + measure;
        for (int bad : new int[] {min - 1, max + 1}) {
            List<Integer> answers = new ArrayList<>(answers(items, min));
            answers.set(items - 1, bad);
            assertInvalid(
                    "answers[" + (items - 1) + "]",
                    message,
                    () -> OutcomeScoring.score(measure, answers, vas));
        }
    }

    @ParameterizedTest
    @CsvSource({"WEMWBS, 14", "SWEMWBS, 7", "ONS4, 4", "PHQ9, 9", "GAD7, 7", "EQ5D5L, 5"})
    void eachMeasureRejectsOneItemTooFewAndOneTooMany(OutcomeMeasure measure, int items) {
        for (int count : new int[] {items - 1, items + 1, 0}) {
            assertInvalid(
                    "answers",
                    measure + " has " + items + " items, not " + count,
                    () -> OutcomeScoring.score(measure, answers(count, 1), vasFor(measure)));
        }
    }

    @Test
    void phq9ItemNineOutOfRangeIsNamedByItsZeroBasedIndex() {
        List<Integer> answers = new ArrayList<>(answers(9, 0));
        answers.set(8, 4);
        assertInvalid(
                "answers[8]",
                "must be 0 to 3 for PHQ9",
                () -> OutcomeScoring.score(OutcomeMeasure.PHQ9, answers, null));
    }

    @ParameterizedTest
    @EnumSource(OutcomeMeasure.class)
    void missingAnswersAreInvalidNotANullPointer(OutcomeMeasure measure) {
        assertInvalid(
                "answers",
                "are required for " + measure,
                () -> OutcomeScoring.score(measure, null, vasFor(measure)));
    }

    @ParameterizedTest
    @EnumSource(OutcomeMeasure.class)
    void aMissingItemIsInvalidAndNamed(OutcomeMeasure measure) {
        List<Integer> answers = new ArrayList<>(lowestAnswers(measure));
        answers.set(1, null);
        InvalidFields invalid =
                assertThrows(
                        InvalidFields.class,
                        () -> OutcomeScoring.score(measure, answers, vasFor(measure)));
        assertEquals("answers[1]", fieldError(invalid).field());
    }

    @Test
    void aMissingMeasureIsInvalid() {
        assertInvalid("measure", "is required", () -> OutcomeScoring.score(null, List.of(1), null));
    }

    @ParameterizedTest
    @EnumSource(OutcomeMeasure.class)
    void everyMeasureScoresItsDeclaredScoresAtBothEnds(OutcomeMeasure measure) {
        for (ScoredOutcome outcome : List.of(lowest(measure), highest(measure))) {
            assertEquals(measure, outcome.measure());
            assertEquals(OutcomeScoring.scoreNames(measure), names(outcome));
        }
    }

    @Test
    void theScoresListCannotBeChanged() {
        ScoredOutcome outcome = lowest(OutcomeMeasure.GAD7);
        assertThrows(
                UnsupportedOperationException.class,
                () -> outcome.scores().add(new Score("x", BigDecimal.ONE, null)));
    }

    // --- Direction ---

    @ParameterizedTest
    @CsvSource({
        "MYMOP2, profile, LOWER_IS_BETTER",
        "WEMWBS, total, HIGHER_IS_BETTER",
        "SWEMWBS, raw, HIGHER_IS_BETTER",
        "SWEMWBS, metric, HIGHER_IS_BETTER",
        "ONS4, lifeSatisfaction, HIGHER_IS_BETTER",
        "ONS4, worthwhile, HIGHER_IS_BETTER",
        "ONS4, happy, HIGHER_IS_BETTER",
        "ONS4, anxious, LOWER_IS_BETTER",
        "PHQ9, total, LOWER_IS_BETTER",
        "GAD7, total, LOWER_IS_BETTER",
        "EQ5D5L, mobility, LOWER_IS_BETTER",
        "EQ5D5L, selfCare, LOWER_IS_BETTER",
        "EQ5D5L, usualActivities, LOWER_IS_BETTER",
        "EQ5D5L, painDiscomfort, LOWER_IS_BETTER",
        "EQ5D5L, anxietyDepression, LOWER_IS_BETTER",
        "EQ5D5L, vas, HIGHER_IS_BETTER"
    })
    void eachScoreSaysWhichWayIsBetter(OutcomeMeasure measure, String score, Direction direction) {
        assertEquals(direction, OutcomeScoring.direction(measure, score));
    }

    @Test
    void aScoreTheMeasureDoesNotHaveIsAProgrammingError() {
        assertThrows(
                IllegalArgumentException.class,
                () -> OutcomeScoring.direction(OutcomeMeasure.PHQ9, "profile"));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        OutcomeScoring.meaningfulImprovement(
                                OutcomeMeasure.ONS4, "total", BigDecimal.ONE, BigDecimal.ONE));
    }

    @Test
    void improvementCannotBeJudgedWithoutBothValues() {
        assertNull(
                OutcomeScoring.meaningfulImprovement(
                        OutcomeMeasure.PHQ9, "total", null, BigDecimal.ONE));
        assertNull(
                OutcomeScoring.meaningfulImprovement(
                        OutcomeMeasure.PHQ9, "total", BigDecimal.TEN, null));
    }

    // --- helpers ---

    private static List<Integer> answers(int count, int value) {
        return Collections.nCopies(count, value);
    }

    /** Items from min upwards, filled first to last, adding up to the given total. */
    private static List<Integer> answersTotalling(int count, int min, int max, int total) {
        Integer[] items = new Integer[count];
        Arrays.fill(items, min);
        int remaining = total - count * min;
        for (int i = 0; i < count && remaining > 0; i++) {
            int add = Math.min(max - min, remaining);
            items[i] += add;
            remaining -= add;
        }
        assertEquals(0, remaining, "total " + total + " cannot be reached");
        return List.of(items);
    }

    private static List<Integer> lowestAnswers(OutcomeMeasure measure) {
        return switch (measure) {
            case MYMOP2 -> answers(4, 0);
            case WEMWBS -> answers(14, 1);
            case SWEMWBS -> answers(7, 1);
            case ONS4 -> answers(4, 0);
            case PHQ9 -> answers(9, 0);
            case GAD7 -> answers(7, 0);
            case EQ5D5L -> answers(5, 1);
        };
    }

    private static ScoredOutcome lowest(OutcomeMeasure measure) {
        return OutcomeScoring.score(measure, lowestAnswers(measure), vasFor(measure));
    }

    private static ScoredOutcome highest(OutcomeMeasure measure) {
        List<Integer> answers =
                switch (measure) {
                    case MYMOP2 -> answers(4, 6);
                    case WEMWBS -> answers(14, 5);
                    case SWEMWBS -> answers(7, 5);
                    case ONS4 -> answers(4, 10);
                    case PHQ9 -> answers(9, 3);
                    case GAD7 -> answers(7, 3);
                    case EQ5D5L -> answers(5, 5);
                };
        return OutcomeScoring.score(measure, answers, vasFor(measure));
    }

    private static Integer vasFor(OutcomeMeasure measure) {
        return measure == OutcomeMeasure.EQ5D5L ? 50 : null;
    }

    private static Boolean improvement(
            OutcomeMeasure measure, String score, int baseline, int latest) {
        return OutcomeScoring.meaningfulImprovement(
                measure, score, BigDecimal.valueOf(baseline), BigDecimal.valueOf(latest));
    }

    private static List<String> names(ScoredOutcome outcome) {
        return outcome.scores().stream().map(Score::name).toList();
    }

    private static BigDecimal value(ScoredOutcome outcome, String name) {
        return outcome.score(name).orElseThrow(() -> new AssertionError("no " + name)).value();
    }

    private static void assertScore(ScoredOutcome outcome, String name, String value, String band) {
        Score score = outcome.score(name).orElseThrow(() -> new AssertionError("no " + name));
        assertEquals(new BigDecimal(value), score.value(), name);
        assertEquals(band, score.band(), name + " band");
    }

    private static void assertInvalid(String field, String message, Executable call) {
        InvalidFields invalid = assertThrows(InvalidFields.class, call);
        assertEquals(new Problem.FieldError(field, message), fieldError(invalid));
        assertEquals(400, invalid.toProblem().status());
    }

    private static Problem.FieldError fieldError(InvalidFields invalid) {
        List<Problem.FieldError> errors = invalid.toProblem().errors();
        assertEquals(1, errors.size());
        return errors.get(0);
    }
}
