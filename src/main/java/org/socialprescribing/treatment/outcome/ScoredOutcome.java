package org.socialprescribing.treatment.outcome;

import java.util.List;
import java.util.Optional;

/**
 * The server's scoring of one completed measure.
 *
 * @param urgentReviewNeeded an answer that a clinician must review now (PHQ-9 item 9), whatever the
 *     total
 */
public record ScoredOutcome(
        OutcomeMeasure measure, List<Score> scores, boolean urgentReviewNeeded) {

    public ScoredOutcome {
        scores = List.copyOf(scores);
    }

    public Optional<Score> score(String name) {
        return scores.stream().filter(score -> score.name().equals(name)).findFirst();
    }
}
