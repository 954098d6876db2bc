package org.socialprescribing.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.socialprescribing.treatment.outcome.OutcomeMeasure;

/**
 * Plausible item answers for a latent severity (0 = as well as can be, 1 = as ill as can be), so
 * that every measure of one patient tells the same story and the end scores move with the baseline.
 * The API's own scoring then turns the answers into the stored scores.
 */
final class OutcomeAnswers {
    private OutcomeAnswers() {}

    /**
     * The answers, with the EQ-5D visual analogue scale as a last element when the measure has one.
     */
    static List<Integer> answers(SplittableRandom random, OutcomeMeasure measure, double severity) {
        return switch (measure) {
            case MYMOP2 -> items(random, random.nextDouble() < 0.25 ? 3 : 4, severity, 0, 6, false);
            case WEMWBS -> items(random, 14, severity, 1, 5, true);
            case SWEMWBS -> items(random, 7, severity, 1, 5, true);
            case ONS4 -> ons4(random, severity);
            case PHQ9 -> phq9(random, severity);
            case GAD7 -> items(random, 7, severity, 0, 3, false);
            case EQ5D5L -> eq5d(random, severity);
        };
    }

    /** Items that rise with severity, or fall with it where higher is better (wellbeing scales). */
    private static List<Integer> items(
            SplittableRandom random,
            int count,
            double severity,
            int min,
            int max,
            boolean reversed) {
        List<Integer> items = new ArrayList<>(count);
        double level = reversed ? 1 - severity : severity;
        for (int i = 0; i < count; i++) {
            double value = min + level * (max - min) + Ids.normal(random, 0, 0.7);
            items.add(Ids.clamp(Math.round(value), min, max));
        }
        return items;
    }

    /** Item 9 (self-harm) is almost always "not at all"; anything else needs urgent review. */
    private static List<Integer> phq9(SplittableRandom random, double severity) {
        List<Integer> items = items(random, 8, severity, 0, 3, false);
        items.add(random.nextDouble() < 0.03 * severity ? 1 : 0);
        return items;
    }

    private static List<Integer> ons4(SplittableRandom random, double severity) {
        List<Integer> items = items(random, 3, severity, 0, 10, true);
        items.addAll(items(random, 1, severity, 0, 10, false));
        return items;
    }

    private static List<Integer> eq5d(SplittableRandom random, double severity) {
        List<Integer> items = items(random, 5, severity, 1, 5, false);
        items.add(Ids.clamp(Math.round(95 - 70 * severity + Ids.normal(random, 0, 8)), 0, 100));
        return items;
    }
}
