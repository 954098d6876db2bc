package org.socialprescribing.report.activity;

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
        String report,
        LocalDate from,
        LocalDate to,
        List<Dimension> groupBy,
        Instant generatedAt,
        @Schema(description = "The disclosure rules applied") String disclosure,
        List<Row> rows,
        Figures totals,
        List<PractitionerRow> practitioners)
        implements PublishedReport {

    public record Row(Map<String, String> group, Figures figures) {}

    public record Figures(
            Count referralsReceived,
            Count triaged,
            Count sent,
            Count accepted,
            Count declined,
            Map<String, Count> declinedByReason,
            Count cancelled,
            Count started,
            Count completed,
            Count endedEarly,
            @Schema(description = "Sessions attended (not a count of people)")
                    Count sessionsDelivered,
            Statistic didNotAttendRate,
            Statistic medianDaysToFirstSession,
            Statistic p90DaysToFirstSession) {}

    public record PractitionerRow(
            String practitionerId,
            Count responded,
            Statistic acceptanceRate,
            Statistic medianResponseHours) {}
}
