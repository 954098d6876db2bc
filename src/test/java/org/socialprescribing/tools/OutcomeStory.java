package org.socialprescribing.tools;

import static org.socialprescribing.tools.HistoryWriter.Table.OUTCOME_CHANGE;
import static org.socialprescribing.tools.HistoryWriter.Table.OUTCOME_RECORD;
import static org.socialprescribing.tools.HistoryWriter.Table.SAFETY_ALERT;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.socialprescribing.tools.StoryReferral.Recorded;
import org.socialprescribing.treatment.outcome.OutcomeMeasure;
import org.socialprescribing.treatment.outcome.OutcomeScoring;
import org.socialprescribing.treatment.outcome.Score;
import org.socialprescribing.treatment.outcome.ScoredOutcome;

/**
 * The outcome measures a practitioner takes, scored by the API's own scoring and stored as
 * OutcomeService stores them, with the safety alert it raises by itself and each measure's change.
 */
final class OutcomeStory {
    private final HistoryWriter out;

    OutcomeStory(HistoryWriter out) {
        this.out = out;
    }

    /** The measures that fit the referral's conditions. */
    static List<OutcomeMeasure> measures(StoryReferral referral) {
        SplittableRandom random = referral.random;
        List<OutcomeMeasure> chosen = new ArrayList<>();
        boolean msk = referral.categories[0];
        boolean mentalHealth = referral.categories[1];
        if (msk || referral.categories[2] || random.nextDouble() < 0.4) {
            chosen.add(OutcomeMeasure.MYMOP2);
        }
        if (mentalHealth) {
            double roll = random.nextDouble();
            if (roll < 0.55) {
                chosen.add(OutcomeMeasure.PHQ9);
                chosen.add(OutcomeMeasure.GAD7);
            } else if (roll < 0.8) {
                chosen.add(OutcomeMeasure.WEMWBS);
            } else if (roll < 0.9) {
                chosen.add(OutcomeMeasure.SWEMWBS);
            } else {
                chosen.add(OutcomeMeasure.ONS4);
            }
        } else if (random.nextDouble() < 0.25) {
            chosen.add(OutcomeMeasure.EQ5D5L);
        }
        return chosen;
    }

    /** Records each chosen measure at the given level of symptoms. */
    void record(StoryReferral referral, Instant at, String timePoint, double level) {
        SplittableRandom random = referral.random;
        for (OutcomeMeasure measure : referral.measures) {
            List<Integer> answers = OutcomeAnswers.answers(random, measure, level);
            Integer vas = null;
            if (measure == OutcomeMeasure.EQ5D5L) {
                vas = answers.remove(answers.size() - 1);
            }
            ScoredOutcome scored = OutcomeScoring.score(measure, answers, vas);
            referral.outcomes.add(new Recorded(measure, timePoint, scored));
            out.row(
                    OUTCOME_RECORD,
                    Ids.uuid(random),
                    referral.id,
                    measure.name(),
                    timePoint,
                    StoryClock.day(at),
                    answers.stream().map(String::valueOf).collect(Collectors.joining(",")),
                    vas,
                    out.json(scored.scores()),
                    scored.urgentReviewNeeded(),
                    referral.practitioner.userId(),
                    at);
            if (scored.urgentReviewNeeded()) {
                alert(referral, at, answers.get(8));
            }
        }
    }

    /** The alert OutcomeService raises by itself when PHQ-9 item 9 is not "not at all". */
    private void alert(StoryReferral referral, Instant at, int item9) {
        out.row(
                SAFETY_ALERT,
                Ids.uuid(referral.random),
                referral.id,
                "HIGH",
                "PHQ-9 completed on "
                        + StoryClock.day(at)
                        + ": item 9 (thoughts of being better off dead or of self-harm) was answered "
                        + item9
                        + " (0 to 3). Urgent clinical review is needed.",
                "Alert raised automatically when the answers were recorded.",
                "system",
                true,
                at);
    }

    /**
     * Each measure's change per score, as OutcomeService keeps them in step: from the first record
     * marked baseline (else the first) to the latest record after it.
     */
    void writeChanges(StoryReferral referral) {
        for (OutcomeMeasure measure : OutcomeMeasure.values()) {
            List<Recorded> taken =
                    referral.outcomes.stream().filter(o -> o.measure() == measure).toList();
            if (taken.isEmpty()) {
                continue;
            }
            Recorded baseline =
                    taken.stream()
                            .filter(o -> "BASELINE".equals(o.timePoint()))
                            .findFirst()
                            .orElse(taken.get(0));
            Recorded last = taken.get(taken.size() - 1);
            writeChanges(referral, measure, baseline, last == baseline ? null : last);
        }
    }

    private void writeChanges(
            StoryReferral referral, OutcomeMeasure measure, Recorded baseline, Recorded end) {
        for (String name : OutcomeScoring.scoreNames(measure)) {
            BigDecimal from = value(baseline, name);
            if (from == null) {
                continue;
            }
            BigDecimal to = end == null ? null : value(end, name);
            out.row(
                    OUTCOME_CHANGE,
                    referral.id,
                    measure.name(),
                    name,
                    OutcomeScoring.direction(measure, name).name(),
                    from,
                    to,
                    to == null ? null : to.subtract(from),
                    OutcomeScoring.meaningfulImprovement(measure, name, from, to));
        }
    }

    private static BigDecimal value(Recorded recorded, String score) {
        return recorded.scored().score(score).map(Score::value).orElse(null);
    }
}
