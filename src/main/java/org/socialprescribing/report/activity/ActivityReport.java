package org.socialprescribing.report.activity;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.socialprescribing.report.PublishedReport;
import org.socialprescribing.report.disclosure.Count;
import org.socialprescribing.report.disclosure.Statistic;

/**
 * Activity for the referrals received in a period, grouped as asked, after disclosure control.
 * Counts of referrals are counts of people; sessions are not.
 */
public record ActivityReport(
        @NotNull String report,
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        @NotNull List<Dimension> groupBy,
        @NotNull
                @Schema(
                        description =
                                "True when the grouping has a multi-valued dimension"
                                        + " (CONDITION_CATEGORY): a referral for back pain and"
                                        + " anxiety is in the MSK and the MENTAL_HEALTH rows, so"
                                        + " the rows overlap and do not add up to the totals,"
                                        + " which then count each referral once and are"
                                        + " controlled themselves; otherwise each total count"
                                        + " is the sum of the rows' published counts")
                boolean cellsOverlap,
        @NotNull Instant generatedAt,
        @NotNull @Schema(description = "The disclosure rules applied") String disclosure,
        @NotNull List<Row> rows,
        @NotNull Figures totals,
        @NotNull List<PractitionerRow> practitioners)
        implements PublishedReport {

    @Schema(name = "ActivityRow")
    public record Row(@NotNull Map<String, String> group, @NotNull Figures figures) {}

    @Schema(name = "ActivityFigures")
    public record Figures(
            @NotNull Count referralsReceived,
            @NotNull Count triaged,
            @NotNull Count sent,
            @NotNull Count accepted,
            @NotNull Count declined,
            @NotNull
                    @Schema(
                            description =
                                    "Referrals declined, per reason code; a referral declined"
                                            + " twice for different reasons is under each, so"
                                            + " these can add up to more than declined")
                    Map<String, Count> declinedByReason,
            @NotNull Count cancelled,
            @NotNull Count started,
            @NotNull Count completed,
            @NotNull Count endedEarly,
            @NotNull @Schema(description = "Sessions attended (not a count of people)")
                    Count sessionsDelivered,
            @NotNull Statistic didNotAttendRate,
            @NotNull Statistic medianDaysToFirstSession,
            @NotNull Statistic p90DaysToFirstSession) {}

    public record PractitionerRow(
            @NotNull String practitionerId,
            @NotNull Count responded,
            @NotNull Statistic acceptanceRate,
            @NotNull Statistic medianResponseHours) {}
}
