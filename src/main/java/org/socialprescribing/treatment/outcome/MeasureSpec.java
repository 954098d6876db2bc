package org.socialprescribing.treatment.outcome;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Everything one measure's rules say: what a complete answer set is, which scores it yields, and
 * how each score is read over time. {@link MeasureSpecs} holds one per measure.
 *
 * @param itemCounts the numbers of items a completed questionnaire may have
 * @param takesVas whether a 0-100 visual analogue scale comes with the items
 * @param urgentReview answers that need a clinician now, whatever the scores
 */
record MeasureSpec(
        OutcomeMeasure measure,
        List<Integer> itemCounts,
        int itemMin,
        int itemMax,
        boolean takesVas,
        List<ScoreSpec> scores,
        Predicate<List<Integer>> urgentReview) {

    static final int VAS_MIN = 0;
    static final int VAS_MAX = 100;

    /** A validated completion: item answers in questionnaire order, and the VAS where taken. */
    record Answers(List<Integer> items, Integer vas) {
        int item(int index) {
            return items.get(index);
        }
    }

    /**
     * One score of the measure.
     *
     * @param bands the published bands, or null where the measure defines none
     * @param meaningfulChange the least change in the better direction that counts as a meaningful
     *     (or reliable) improvement, or null where none is defined
     */
    record ScoreSpec(
            String name,
            Direction direction,
            BigDecimal meaningfulChange,
            Function<Answers, BigDecimal> value,
            Bands bands) {

        Score score(Answers answers) {
            BigDecimal result = value.apply(answers);
            return new Score(name, result, bands == null ? null : bands.of(result));
        }
    }

    ScoreSpec score(String name) {
        return scores.stream()
                .filter(score -> score.name().equals(name))
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        measure
                                                + " has no score '"
                                                + name
                                                + "'; its scores are "
                                                + scoreNames()));
    }

    List<String> scoreNames() {
        return scores.stream().map(ScoreSpec::name).toList();
    }
}
