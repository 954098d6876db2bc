package org.socialprescribing.report.value;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.socialprescribing.report.PublishedReport;
import org.socialprescribing.report.disclosure.Amount;
import org.socialprescribing.report.disclosure.Count;
import org.socialprescribing.report.disclosure.Statistic;

/**
 * What a course is worth to commissioners, for the referrals received in a period, per therapy and
 * funding scheme: GP-appointment use before and after, spend, the appointment cost avoided at the
 * caller's unit cost, patient experience and return to work. Money in pence.
 */
public record ValueReport(
        @NotNull String report,
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        @NotNull List<String> groupBy,
        @NotNull
                @Schema(
                        description =
                                "Always false: a referral has one therapy and at most one funding"
                                        + " plan that funds it, so each patient is in one row")
                boolean cellsOverlap,
        @NotNull Instant generatedAt,
        @NotNull @Schema(description = "The disclosure rules applied") String disclosure,
        @Schema(
                        description =
                                "The cost of one GP appointment the caller gave, in pence; absent"
                                        + " when none was given (the API assumes no cost)")
                Long appointmentUnitCostPence,
        @NotNull List<Row> rows,
        @NotNull Figures totals)
        implements PublishedReport {

    @Schema(name = "ValueRow")
    public record Row(
            @NotNull String therapy,
            @Schema(description = "The funding scheme; absent for referrals with no funding")
                    UUID schemeId,
            @NotNull @Schema(description = "The scheme's name, or UNFUNDED") String schemeName,
            @NotNull Figures figures) {}

    @Schema(name = "ValueFigures")
    public record Figures(
            @NotNull @Schema(description = "Referrals received") Count referrals,
            @NotNull
                    @Schema(
                            description =
                                    "Patients with both GP-appointment counts (six months before"
                                            + " the referral, six months after the course)")
                    Count patientsWithAppointmentCounts,
            @NotNull Statistic meanAppointmentsBefore,
            @NotNull Statistic meanAppointmentsAfter,
            @NotNull @Schema(description = "Mean of after minus before") Statistic meanChange,
            @NotNull @Schema(description = "95% confidence interval, low end")
                    Statistic meanChangeLow,
            @NotNull @Schema(description = "95% confidence interval, high end")
                    Statistic meanChangeHigh,
            @NotNull
                    @Schema(description = "Funders' spend on the patients with both counts (pence)")
                    Amount spent,
            @NotNull
                    @Schema(
                            description =
                                    "(appointments before - after) x unit cost over those patients;"
                                            + " absent without a unit cost; negative when"
                                            + " appointments rose")
                    Amount appointmentCostAvoided,
            @NotNull
                    @Schema(
                            description =
                                    "(spent - cost avoided) / patients with both counts; absent"
                                            + " without a unit cost")
                    Amount netCostPerPatient,
            @NotNull
                    @Schema(
                            description =
                                    "Patients who answered the Friends and Family Test other than don't know")
                    Count experienceAnswers,
            @NotNull @Schema(description = "Very good or good, over those answers")
                    Statistic positiveExperienceShare,
            @NotNull
                    @Schema(
                            description =
                                    "Patients off sick at baseline whose work status at the end"
                                            + " is recorded")
                    Count offSickAtBaseline,
            @NotNull @Schema(description = "Of those, the share employed and working at the end")
                    Statistic returnedToWorkShare) {}
}
