package org.socialprescribing.treatment.outcome;

import static org.socialprescribing.treatment.outcome.Direction.HIGHER_IS_BETTER;
import static org.socialprescribing.treatment.outcome.Direction.LOWER_IS_BETTER;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.socialprescribing.treatment.outcome.MeasureSpec.Answers;
import org.socialprescribing.treatment.outcome.MeasureSpec.ScoreSpec;

/**
 * The scoring rules of every measure, one block each. Thresholds for meaningful change are set only
 * where a published source defines one; elsewhere they are null and the API makes no claim.
 */
final class MeasureSpecs {
    private MeasureSpecs() {}

    private static final Predicate<List<Integer>> NEVER = answers -> false;

    // MYMOP2: symptom 1, [symptom 2,] activity, wellbeing; 0 = as good as it could be. Symptom 2
    // is optional, so 3 or 4 items. A fall of 1.0 in the profile is meaningful (DOMAIN.md).
    private static final MeasureSpec MYMOP2 =
            new MeasureSpec(
                    OutcomeMeasure.MYMOP2,
                    List.of(3, 4),
                    0,
                    6,
                    false,
                    List.of(
                            new ScoreSpec(
                                    "profile",
                                    LOWER_IS_BETTER,
                                    new BigDecimal("1.0"),
                                    answers -> mean(answers.items()),
                                    null)),
                    NEVER);

    // WEMWBS: sum of 14 items. Published responsiveness work gives a range of individual-level
    // thresholds (1 to 2.77 standard errors of measurement, about 3 to 8 points; Maheswaran et al.
    // 2012), not one threshold, so none is claimed.
    private static final MeasureSpec WEMWBS =
            new MeasureSpec(
                    OutcomeMeasure.WEMWBS,
                    List.of(14),
                    1,
                    5,
                    false,
                    List.of(total(HIGHER_IS_BETTER, null, null)),
                    NEVER);

    // SWEMWBS: raw sum of 7 items, reported on the Rasch metric. Its responsiveness study (Health
    // Qual Life Outcomes 2018, 16:239) found 1 to 3 points "depending on standard used" and called
    // for anchor-based studies, so none is claimed.
    private static final MeasureSpec SWEMWBS =
            new MeasureSpec(
                    OutcomeMeasure.SWEMWBS,
                    List.of(7),
                    1,
                    5,
                    false,
                    List.of(
                            new ScoreSpec(
                                    "raw",
                                    HIGHER_IS_BETTER,
                                    null,
                                    answers -> BigDecimal.valueOf(sum(answers.items())),
                                    null),
                            new ScoreSpec(
                                    "metric",
                                    HIGHER_IS_BETTER,
                                    null,
                                    answers -> SwemwbsConversion.metric(sum(answers.items())),
                                    null)),
                    NEVER);

    // ONS4: four separate 0-10 ratings, never summed. ONS threshold bands; anxiety is banded the
    // other way because more anxiety is worse.
    private static final Bands ONS_POSITIVE =
            Bands.upTo(4, "low").then(6, "medium").then(8, "high").then(10, "very high");
    private static final Bands ONS_ANXIETY =
            Bands.upTo(1, "very low").then(3, "low").then(5, "medium").then(10, "high");
    private static final MeasureSpec ONS4 =
            new MeasureSpec(
                    OutcomeMeasure.ONS4,
                    List.of(4),
                    0,
                    10,
                    false,
                    List.of(
                            item("lifeSatisfaction", 0, HIGHER_IS_BETTER, ONS_POSITIVE),
                            item("worthwhile", 1, HIGHER_IS_BETTER, ONS_POSITIVE),
                            item("happy", 2, HIGHER_IS_BETTER, ONS_POSITIVE),
                            item("anxious", 3, LOWER_IS_BETTER, ONS_ANXIETY)),
                    NEVER);

    // PHQ-9: reliable improvement is a fall of 6 or more (NHS Talking Therapies). Any answer but
    // "not at all" to item 9 (thoughts of self-harm) needs urgent clinical review.
    private static final int PHQ9_SELF_HARM_ITEM = 8;
    private static final MeasureSpec PHQ9 =
            new MeasureSpec(
                    OutcomeMeasure.PHQ9,
                    List.of(9),
                    0,
                    3,
                    false,
                    List.of(
                            total(
                                    LOWER_IS_BETTER,
                                    BigDecimal.valueOf(6),
                                    Bands.upTo(4, "minimal")
                                            .then(9, "mild")
                                            .then(14, "moderate")
                                            .then(19, "moderately severe")
                                            .then(27, "severe"))),
                    answers -> answers.get(PHQ9_SELF_HARM_ITEM) > 0);

    // GAD-7: reliable improvement is a fall of 4 or more (NHS Talking Therapies).
    private static final MeasureSpec GAD7 =
            new MeasureSpec(
                    OutcomeMeasure.GAD7,
                    List.of(7),
                    0,
                    3,
                    false,
                    List.of(
                            total(
                                    LOWER_IS_BETTER,
                                    BigDecimal.valueOf(4),
                                    Bands.upTo(4, "minimal")
                                            .then(9, "mild")
                                            .then(14, "moderate")
                                            .then(21, "severe"))),
                    NEVER);

    // EQ-5D-5L: each dimension's level and the VAS. No index value: the value set is licensed and
    // the API does not need it. No meaningful-change threshold is defined here.
    private static final MeasureSpec EQ5D5L =
            new MeasureSpec(
                    OutcomeMeasure.EQ5D5L,
                    List.of(5),
                    1,
                    5,
                    true,
                    List.of(
                            item("mobility", 0, LOWER_IS_BETTER, null),
                            item("selfCare", 1, LOWER_IS_BETTER, null),
                            item("usualActivities", 2, LOWER_IS_BETTER, null),
                            item("painDiscomfort", 3, LOWER_IS_BETTER, null),
                            item("anxietyDepression", 4, LOWER_IS_BETTER, null),
                            new ScoreSpec(
                                    "vas",
                                    HIGHER_IS_BETTER,
                                    null,
                                    answers -> BigDecimal.valueOf(answers.vas()),
                                    null)),
                    NEVER);

    static MeasureSpec of(OutcomeMeasure measure) {
        return switch (measure) {
            case MYMOP2 -> MYMOP2;
            case WEMWBS -> WEMWBS;
            case SWEMWBS -> SWEMWBS;
            case ONS4 -> ONS4;
            case PHQ9 -> PHQ9;
            case GAD7 -> GAD7;
            case EQ5D5L -> EQ5D5L;
        };
    }

    private static ScoreSpec total(Direction direction, BigDecimal meaningfulChange, Bands bands) {
        return new ScoreSpec(
                "total",
                direction,
                meaningfulChange,
                answers -> BigDecimal.valueOf(sum(answers.items())),
                bands);
    }

    private static ScoreSpec item(String name, int index, Direction direction, Bands bands) {
        Function<Answers, BigDecimal> value = answers -> BigDecimal.valueOf(answers.item(index));
        return new ScoreSpec(name, direction, null, value, bands);
    }

    private static int sum(List<Integer> items) {
        return items.stream().mapToInt(Integer::intValue).sum();
    }

    private static BigDecimal mean(List<Integer> items) {
        return BigDecimal.valueOf(sum(items))
                .divide(BigDecimal.valueOf(items.size()), 2, RoundingMode.HALF_UP);
    }
}
