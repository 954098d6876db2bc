package org.socialprescribing.report.spend;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.socialprescribing.funding.scheme.SchemeRoute;
import org.socialprescribing.report.PublishedReport;
import org.socialprescribing.report.disclosure.Amount;
import org.socialprescribing.report.disclosure.Count;

/**
 * Spend on the referrals received in a period, per funder, scheme and therapy: what is committed,
 * spent and charged to patients, and what a completed course and a patient with a meaningful
 * improvement cost the funders. All money is in pence.
 */
public record SpendReport(
        @NotNull String report,
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        @NotNull List<String> groupBy,
        @NotNull
                @Schema(
                        description =
                                "Always false: a referral has at most one funding plan that funds"
                                        + " it (a new plan only after one is declined) and one therapy,"
                                        + " so each funded patient is in one row")
                boolean cellsOverlap,
        @NotNull Instant generatedAt,
        @NotNull @Schema(description = "The disclosure rules applied") String disclosure,
        @NotNull List<Row> rows,
        @NotNull Figures totals)
        implements PublishedReport {

    @Schema(name = "SpendRow")
    public record Row(
            @NotNull String funderCode,
            @NotNull String funderName,
            @NotNull UUID schemeId,
            @NotNull String schemeName,
            @NotNull SchemeRoute route,
            @NotNull String therapy,
            @NotNull Figures figures) {}

    @Schema(name = "SpendFigures")
    public record Figures(
            @NotNull
                    @Schema(
                            description =
                                    "Patients with an approved (or since closed) funding plan")
                    Count patientsFunded,
            @NotNull @Schema(description = "Funders' money held for sessions not yet delivered")
                    Amount committed,
            @NotNull @Schema(description = "Funders' money charged for delivered sessions")
                    Amount spent,
            @NotNull @Schema(description = "Patients' contributions charged, paid or not")
                    Amount patientContributions,
            @NotNull Count completedCourses,
            @NotNull @Schema(description = "Spent divided by completed courses")
                    Amount costPerCompletedCourse,
            @NotNull
                    @Schema(
                            description =
                                    "Patients with a meaningful improvement on at least one score")
                    Count patientsMeaningfullyImproved,
            @NotNull
                    @Schema(description = "Spent divided by patients with a meaningful improvement")
                    Amount costPerMeaningfullyImprovedPatient) {}
}
