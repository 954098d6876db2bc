package org.socialprescribing.report.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.socialprescribing.report.activity.ActivityReport.Figures;
import org.socialprescribing.report.disclosure.Count;
import org.socialprescribing.report.disclosure.Statistic;

/**
 * The activity report as the same table in CSV, for a spreadsheet: a header row, one row per group
 * and a TOTAL row; suppressed cells say "suppressed" rather than standing as a number.
 */
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
        StringBuilder csv = new StringBuilder();
        csv.append("# ")
                .append(report.report())
                .append(" report, referrals received ")
                .append(report.from())
                .append(" to ")
                .append(report.to())
                .append(", generated ")
                .append(report.generatedAt())
                .append('\n');
        csv.append("# ").append(report.disclosure()).append('\n');
        List<String> header = new ArrayList<>();
        report.groupBy().forEach(d -> header.add(d.name().toLowerCase()));
        header.addAll(COLUMNS);
        reasons.forEach(r -> header.add("declined_" + r.toLowerCase()));
        line(csv, header);
        for (ActivityReport.Row row : report.rows()) {
            List<String> cells = new ArrayList<>(row.group().values());
            cells.addAll(figures(row.figures(), reasons));
            line(csv, cells);
        }
        List<String> total = new ArrayList<>();
        report.groupBy().forEach(d -> total.add("TOTAL"));
        total.addAll(figures(report.totals(), reasons));
        line(csv, total);
        return csv.toString();
    }

    private static List<String> figures(Figures f, TreeSet<String> reasons) {
        List<String> cells = new ArrayList<>();
        for (Count c :
                List.of(
                        f.referralsReceived(),
                        f.triaged(),
                        f.sent(),
                        f.accepted(),
                        f.declined(),
                        f.cancelled(),
                        f.started(),
                        f.completed(),
                        f.endedEarly(),
                        f.sessionsDelivered())) {
            cells.add(c.suppressed() ? "suppressed" : String.valueOf(c.value()));
        }
        for (Statistic s :
                List.of(
                        f.didNotAttendRate(),
                        f.medianDaysToFirstSession(),
                        f.p90DaysToFirstSession())) {
            cells.add(
                    s.suppressed()
                            ? "suppressed"
                            : s.value() == null ? "" : s.value().toPlainString());
        }
        for (String reason : reasons) {
            Count c = f.declinedByReason().getOrDefault(reason, new Count(0L, false));
            cells.add(c.suppressed() ? "suppressed" : String.valueOf(c.value()));
        }
        return cells;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(ActivityCsv::escape).reduce((a, b) -> a + "," + b).orElse(""))
                .append('\n');
    }

    private static String escape(String cell) {
        return cell.contains(",") || cell.contains("\"")
                ? "\"" + cell.replace("\"", "\"\"") + "\""
                : cell;
    }
}
