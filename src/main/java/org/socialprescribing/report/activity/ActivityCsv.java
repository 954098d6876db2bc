package org.socialprescribing.report.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.socialprescribing.report.Csv;
import org.socialprescribing.report.activity.ActivityReport.Figures;
import org.socialprescribing.report.disclosure.Count;

/** The activity report as the same table in CSV: one row per group and a TOTAL row. */
final class ActivityCsv {
    private static final List<String> COLUMNS =
            List.of(
                    "referrals_received",
                    "triaged",
                    "sent",
                    "accepted",
                    "declined",
                    "cancelled",
                    "started",
                    "completed",
                    "ended_early",
                    "sessions_delivered",
                    "did_not_attend_rate",
                    "median_days_to_first_session",
                    "p90_days_to_first_session");

    private ActivityCsv() {}

    static String of(ActivityReport report) {
        TreeSet<String> reasons = new TreeSet<>(report.totals().declinedByReason().keySet());
        Csv csv = Csv.table();
        List<String> header = new ArrayList<>();
        report.groupBy().forEach(d -> header.add(d.name().toLowerCase()));
        header.addAll(COLUMNS);
        reasons.forEach(r -> header.add("declined_" + r.toLowerCase()));
        csv.row(header);
        for (ActivityReport.Row row : report.rows()) {
            List<String> cells = new ArrayList<>();
            row.group().values().forEach(value -> cells.add(Csv.text(value)));
            cells.addAll(figures(row.figures(), reasons));
            csv.row(cells);
        }
        List<String> total = new ArrayList<>();
        report.groupBy().forEach(d -> total.add("TOTAL"));
        total.addAll(figures(report.totals(), reasons));
        return csv.row(total).toString();
    }

    private static List<String> figures(Figures f, TreeSet<String> reasons) {
        List<String> cells = new ArrayList<>();
        Stream.of(
                        f.referralsReceived(),
                        f.triaged(),
                        f.sent(),
                        f.accepted(),
                        f.declined(),
                        f.cancelled(),
                        f.started(),
                        f.completed(),
                        f.endedEarly(),
                        f.sessionsDelivered())
                .forEach(c -> cells.add(Csv.cell(c)));
        Stream.of(f.didNotAttendRate(), f.medianDaysToFirstSession(), f.p90DaysToFirstSession())
                .forEach(s -> cells.add(Csv.cell(s)));
        for (String reason : reasons) {
            cells.add(Csv.cell(f.declinedByReason().getOrDefault(reason, new Count(0L, false))));
        }
        return cells;
    }
}
