package org.socialprescribing.report.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.socialprescribing.report.Ratio;
import org.socialprescribing.report.ReportPeriod;
import org.socialprescribing.report.ReportRequest;
import org.socialprescribing.report.ReportRow;
import org.socialprescribing.report.ReportScope;
import org.socialprescribing.report.activity.ActivityReport.Figures;
import org.socialprescribing.report.activity.ActivityReport.PractitionerRow;
import org.socialprescribing.report.activity.ActivityReport.Row;
import org.socialprescribing.report.disclosure.Count;
import org.socialprescribing.report.disclosure.DisclosureControl;

/**
 * The activity report, answered by grouped aggregate queries (never by loading referrals), for the
 * referrals received in the period and in the caller's scope.
 */
@ApplicationScoped
public class ActivityReportService {
    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3_600);
    private static final Count NONE = new Count(0L, false);

    private final ActivityQueries queries;
    private final Clock clock;

    public ActivityReportService(ActivityQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ActivityReport activity(ReportRequest request, List<Dimension> groupBy) {
        ReportScope scope = ReportScope.of(request.caller());
        ReportPeriod period = request.period();
        DisclosureControl control = request.control();
        Map<List<Object>, RawFigures> groups = queries.figures(scope, period, groupBy);
        List<Row> rows = rows(groups, groupBy, control);
        boolean overlap = Dimension.overlap(groupBy);
        Figures totals;
        if (groupBy.isEmpty()) {
            totals = publish(groups.getOrDefault(List.of(), new RawFigures()), control);
        } else {
            RawFigures overall =
                    queries.figures(scope, period, List.of())
                            .getOrDefault(List.of(), new RawFigures());
            // rows that overlap would count a referral in two categories twice: the totals are
            // then the whole, each referral once, controlled as a cell of its own
            totals =
                    overlap
                            ? publish(overall, control)
                            : totals(rows.stream().map(Row::figures).toList(), overall, control);
        }
        return new ActivityReport(
                "activity",
                period.from(),
                period.to(),
                groupBy,
                overlap,
                Instant.now(clock),
                control.rules(overlap),
                rows,
                totals,
                practitioners(scope, period, control));
    }

    private static List<Row> rows(
            Map<List<Object>, RawFigures> groups,
            List<Dimension> groupBy,
            DisclosureControl control) {
        List<Row> rows = new ArrayList<>();
        groups.forEach((key, raw) -> rows.add(new Row(group(groupBy, key), publish(raw, control))));
        return rows;
    }

    /** The group's labels, by dimension name. */
    private static Map<String, String> group(List<Dimension> groupBy, List<Object> key) {
        Map<String, String> group = new LinkedHashMap<>();
        for (int i = 0; i < groupBy.size(); i++) {
            group.put(groupBy.get(i).name(), groupBy.get(i).label(key.get(i)));
        }
        return group;
    }

    private static Figures publish(RawFigures raw, DisclosureControl control) {
        Map<String, Count> reasons = new TreeMap<>();
        raw.declinedByReason.forEach((reason, n) -> reasons.put(reason, control.people(n)));
        return new Figures(
                control.people(raw.received),
                control.people(raw.triaged),
                control.people(raw.sent),
                control.people(raw.accepted),
                control.people(raw.declined),
                reasons,
                control.people(raw.cancelled),
                control.people(raw.started),
                control.people(raw.completed),
                control.people(raw.endedEarly),
                control.notPeople(raw.attended),
                control.statistic(
                        Ratio.of(raw.didNotAttend, raw.attended + raw.didNotAttend),
                        raw.patientsWithSessions),
                control.statistic(in(SECONDS_PER_DAY, raw.medianSeconds), raw.withFirstSession),
                control.statistic(in(SECONDS_PER_DAY, raw.p90Seconds), raw.withFirstSession));
    }

    /** Counts total the published cells; statistics come from the whole, controlled as a whole. */
    private static Figures totals(
            List<Figures> cells, RawFigures overall, DisclosureControl control) {
        Figures whole = publish(overall, control);
        Function<Function<Figures, Count>, Count> total =
                figure -> control.total(cells.stream().map(figure).toList());
        return new Figures(
                total.apply(Figures::referralsReceived),
                total.apply(Figures::triaged),
                total.apply(Figures::sent),
                total.apply(Figures::accepted),
                total.apply(Figures::declined),
                declinedByReason(cells, control),
                total.apply(Figures::cancelled),
                total.apply(Figures::started),
                total.apply(Figures::completed),
                total.apply(Figures::endedEarly),
                total.apply(Figures::sessionsDelivered),
                whole.didNotAttendRate(),
                whole.medianDaysToFirstSession(),
                whole.p90DaysToFirstSession());
    }

    /** Each reason any cell has, totalled over the cells' published counts. */
    private static Map<String, Count> declinedByReason(
            List<Figures> cells, DisclosureControl control) {
        Map<String, Count> reasons = new TreeMap<>();
        cells.stream()
                .flatMap(f -> f.declinedByReason().keySet().stream())
                .distinct()
                .forEach(
                        reason ->
                                reasons.put(
                                        reason,
                                        control.total(
                                                cells.stream()
                                                        .map(f -> declined(f, reason))
                                                        .toList())));
        return reasons;
    }

    private static Count declined(Figures figures, String reason) {
        return figures.declinedByReason().getOrDefault(reason, NONE);
    }

    private List<PractitionerRow> practitioners(
            ReportScope scope, ReportPeriod period, DisclosureControl control) {
        return queries.responses(scope, period).stream()
                .map(row -> practitioner(row, control))
                .toList();
    }

    private static PractitionerRow practitioner(ReportRow row, DisclosureControl control) {
        long responded = row.count("responded");
        return new PractitionerRow(
                row.text("practitioner"),
                control.people(responded),
                control.statistic(Ratio.of(row.count("accepted"), responded), responded),
                control.statistic(in(SECONDS_PER_HOUR, row.real("medianSeconds")), responded));
    }

    /** Seconds in days or hours, to one decimal. */
    private static BigDecimal in(BigDecimal secondsPerUnit, Double seconds) {
        return seconds == null
                ? null
                : BigDecimal.valueOf(seconds).divide(secondsPerUnit, 1, RoundingMode.HALF_UP);
    }
}
