package org.socialprescribing.report.spend;

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
        String report,
        LocalDate from,
        LocalDate to,
        List<String> groupBy,
        Instant generatedAt,
        @Schema(description = "The disclosure rules applied") String disclosure,
        List<Row> rows,
        Figures totals)
        implements PublishedReport {

    public record Row(
            String funderCode,
            String funderName,
            UUID schemeId,
            String schemeName,
            SchemeRoute route,
            String therapy,
            Figures figures) {}

    public record Figures(
            @Schema(description = "Patients with an approved (or since closed) funding plan")
                    Count patientsFunded,
            @Schema(description = "Funders' money held for sessions not yet delivered")
                    Amount committed,
            @Schema(description = "Funders' money charged for delivered sessions") Amount spent,
            @Schema(description = "Patients' contributions charged, paid or not")
                    Amount patientContributions,
            Count completedCourses,
            @Schema(description = "Spent divided by completed courses")
                    Amount costPerCompletedCourse,
            @Schema(description = "Patients with a meaningful improvement on at least one score")
                    Count patientsMeaningfullyImproved,
            @Schema(description = "Spent divided by patients with a meaningful improvement")
                    Amount costPerMeaningfullyImprovedPatient) {}
}
