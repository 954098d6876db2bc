package org.socialprescribing.report.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.socialprescribing.report.PublishedReport;
import org.socialprescribing.report.disclosure.Count;
import org.socialprescribing.report.disclosure.Statistic;
import org.socialprescribing.treatment.outcome.Direction;
import org.socialprescribing.treatment.outcome.OutcomeMeasure;

/**
 * Outcomes for the referrals received in a period, per therapy, measure and score: the patients
 * with a baseline and a later score, their mean baseline, mean end and mean change with its 95%
 * confidence interval, and the share whose change was a meaningful improvement. The end is the
 * latest score after the baseline, as in the GP's letter.
 */
public record OutcomeReport(
        String report,
        LocalDate from,
        LocalDate to,
        List<String> groupBy,
        Instant generatedAt,
        @Schema(description = "The disclosure rules applied") String disclosure,
        List<Row> rows,
        @Schema(description = "Each measure and score over all therapies") List<Row> totals)
        implements PublishedReport {

    public record Row(
            @Schema(description = "Therapy code, or ALL in totals") String therapy,
            OutcomeMeasure measure,
            String score,
            Direction direction,
            @Schema(description = "Patients with a baseline and a later score") Count patients,
            Statistic meanBaseline,
            Statistic meanEnd,
            @Schema(description = "Mean of end minus baseline") Statistic meanChange,
            @Schema(description = "Lower bound of the 95% confidence interval of the mean change")
                    Statistic meanChangeLow,
            @Schema(description = "Upper bound of the 95% confidence interval of the mean change")
                    Statistic meanChangeHigh,
            @Schema(
                            description =
                                    "Share of the patients whose change met the measure's meaningful"
                                            + " improvement threshold; no value where the measure"
                                            + " defines none")
                    Statistic shareMeaningfullyImproved) {}
}
