package org.socialprescribing.treatment.outcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.socialprescribing.common.error.InvalidFields;
import org.socialprescribing.treatment.outcome.MeasureSpec.Answers;
import org.socialprescribing.treatment.outcome.MeasureSpec.ScoreSpec;

/**
 * Validates a completed outcome measure and scores it. The server scores, never the client, so that
 * every service's reports are computed the same way.
 */
public final class OutcomeScoring {
    private OutcomeScoring() {}

    /**
     * Validates item count and ranges and computes the scores.
     *
     * @param answers the item answers in questionnaire order
     * @param vas the EQ-5D visual analogue scale, 0-100; must be null for every other measure
     * @throws InvalidFields naming "measure", "answers", "answers[i]" (zero-based, as in the
     *     request body) or "vas"
     */
    public static ScoredOutcome score(OutcomeMeasure measure, List<Integer> answers, Integer vas) {
        if (measure == null) {
            throw InvalidFields.of("measure", "is required");
        }
        MeasureSpec spec = MeasureSpecs.of(measure);
        Answers valid = validate(spec, answers, vas);
        List<Score> scores = spec.scores().stream().map(score -> score.score(valid)).toList();
        return new ScoredOutcome(measure, scores, spec.urgentReview().test(valid.items()));
    }

    /** Whether lower or higher is better for this score (for change direction). */
    public static Direction direction(OutcomeMeasure measure, String scoreName) {
        return spec(measure).score(scoreName).direction();
    }

    /**
     * Whether baseline to latest is a meaningful improvement, or null where the measure defines no
     * threshold for that score (or either value is missing).
     */
    public static Boolean meaningfulImprovement(
            OutcomeMeasure measure, String scoreName, BigDecimal baseline, BigDecimal latest) {
        ScoreSpec score = spec(measure).score(scoreName);
        if (score.meaningfulChange() == null || baseline == null || latest == null) {
            return null;
        }
        BigDecimal improvement =
                score.direction() == Direction.LOWER_IS_BETTER
                        ? baseline.subtract(latest)
                        : latest.subtract(baseline);
        return improvement.compareTo(score.meaningfulChange()) >= 0;
    }

    /** The names of the scores {@link #score} returns for this measure, in order. */
    public static List<String> scoreNames(OutcomeMeasure measure) {
        return spec(measure).scoreNames();
    }

    private static MeasureSpec spec(OutcomeMeasure measure) {
        if (measure == null) {
            throw new IllegalArgumentException("a measure is required");
        }
        return MeasureSpecs.of(measure);
    }

    private static Answers validate(MeasureSpec spec, List<Integer> answers, Integer vas) {
        OutcomeMeasure measure = spec.measure();
        if (answers == null) {
            throw InvalidFields.of("answers", "are required for " + measure);
        }
        // Copied without List.copyOf, which would throw on a null item before we can name it.
        List<Integer> items = new ArrayList<>(answers);
        if (!spec.itemCounts().contains(items.size())) {
            throw InvalidFields.of(
                    "answers", measure + " has " + counts(spec) + " items, not " + items.size());
        }
        for (int i = 0; i < items.size(); i++) {
            Integer item = items.get(i);
            if (item == null || item < spec.itemMin() || item > spec.itemMax()) {
                throw InvalidFields.of(
                        "answers[" + i + "]",
                        "must be " + spec.itemMin() + " to " + spec.itemMax() + " for " + measure);
            }
        }
        if (!spec.takesVas() && vas != null) {
            throw InvalidFields.of("vas", "is only for EQ5D5L, not " + measure);
        }
        if (spec.takesVas()) {
            if (vas == null) {
                throw InvalidFields.of("vas", "is required for " + measure);
            }
            if (vas < MeasureSpec.VAS_MIN || vas > MeasureSpec.VAS_MAX) {
                throw InvalidFields.of(
                        "vas",
                        "must be "
                                + MeasureSpec.VAS_MIN
                                + " to "
                                + MeasureSpec.VAS_MAX
                                + " for "
                                + measure);
            }
        }
        return new Answers(List.copyOf(items), vas);
    }

    private static String counts(MeasureSpec spec) {
        List<Integer> counts = spec.itemCounts();
        if (counts.size() == 1) {
            return counts.get(0).toString();
        }
        List<String> all = counts.stream().map(String::valueOf).toList();
        return String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
    }
}
