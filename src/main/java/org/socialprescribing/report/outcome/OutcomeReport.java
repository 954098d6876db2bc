package org.socialprescribing.report.outcome;

import jakarta.validation.constraints.NotNull;
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
        @NotNull String report,
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        @NotNull List<String> groupBy,
        @NotNull
                @Schema(
                        description =
                                "Always false: a referral has one therapy, so a patient's score is"
                                        + " in one therapy's row of its measure and score, and each"
                                        + " total adds up those rows only")
                boolean cellsOverlap,
        @NotNull Instant generatedAt,
        @NotNull @Schema(description = "The disclosure rules applied") String disclosure,
        @NotNull List<Row> rows,
        @NotNull @Schema(description = "Each measure and score over all therapies")
                List<Row> totals,
        @NotNull
                @Schema(
                        description =
                                "The patients' Friends and Family Test answers per therapy, then"
                                        + " ALL (JSON only)")
                List<Experience> experience)
        implements PublishedReport {

    /** Patients who answered other than don't know, and the share very good or good. */
    @Schema(name = "OutcomeExperience")
    public record Experience(
            @NotNull @Schema(description = "Therapy code, or ALL") String therapy,
            @NotNull Count answers,
            @NotNull Statistic positiveShare) {}

    @Schema(name = "OutcomeRow")
    public record Row(
            @NotNull @Schema(description = "Therapy code, or ALL in totals") String therapy,
            @NotNull OutcomeMeasure measure,
            @NotNull String score,
            @NotNull Direction direction,
            @NotNull @Schema(description = "Patients with a baseline and a later score")
                    Count patients,
            @NotNull Statistic meanBaseline,
            @NotNull Statistic meanEnd,
            @NotNull @Schema(description = "Mean of end minus baseline") Statistic meanChange,
            @NotNull
                    @Schema(
                            description =
                                    "Lower bound of the 95% confidence interval of the mean change")
                    Statistic meanChangeLow,
            @NotNull
                    @Schema(
                            description =
                                    "Upper bound of the 95% confidence interval of the mean change")
                    Statistic meanChangeHigh,
            @NotNull
                    @Schema(
                            description =
                                    "Share of the patients whose change met the measure's meaningful"
                                            + " improvement threshold; no value where the measure"
                                            + " defines none")
                    Statistic shareMeaningfullyImproved) {}
}
