package org.socialprescribing.report.activity;

import static org.socialprescribing.report.ReportQueries.number;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.socialprescribing.referral.domain.ReferralStatus;
import org.socialprescribing.report.Ratio;
import org.socialprescribing.report.ReportPeriod;
import org.socialprescribing.report.ReportQueries;
import org.socialprescribing.report.ReportRequest;
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

    private final ReportQueries queries;
    private final Clock clock;

    public ActivityReportService(ReportQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** Raw figures of one group, before disclosure control. */
    private static final class Raw {
        long received, triaged, sent, accepted, declined, cancelled, started, completed, endedEarly;
        long attended, didNotAttend, patientsWithSessions, withFirstSession;
        Double medianSeconds, p90Seconds;
        final Map<String, Long> declinedByReason = new TreeMap<>();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ActivityReport activity(ReportRequest request, List<Dimension> groupBy) {
        ReportScope scope = ReportScope.of(request.caller());
        ReportPeriod period = request.period();
        DisclosureControl control = request.control();
        Map<List<Object>, Raw> groups = figures(scope, period, groupBy);
        Raw overall =
                (groupBy.isEmpty() ? groups : figures(scope, period, List.of()))
                        .getOrDefault(List.of(), new Raw());
        List<Row> rows = new ArrayList<>();
        List<Figures> published = new ArrayList<>();
        groups.forEach(
                (key, raw) -> {
                    Figures figures = publish(raw, control);
                    published.add(figures);
                    Map<String, String> group = new LinkedHashMap<>();
                    for (int i = 0; i < groupBy.size(); i++) {
                        group.put(groupBy.get(i).name(), groupBy.get(i).label(key.get(i)));
                    }
                    rows.add(new Row(group, figures));
                });
        Figures totals =
                groupBy.isEmpty() ? publish(overall, control) : totals(published, overall, control);
        return new ActivityReport(
                "activity",
                period.from(),
                period.to(),
                groupBy,
                Instant.now(clock),
                control.rules(),
                rows,
                totals,
                practitioners(scope, period, control));
    }

    private Map<List<Object>, Raw> figures(
            ReportScope scope, ReportPeriod period, List<Dimension> groupBy) {
        Map<List<Object>, Raw> groups = new LinkedHashMap<>();
        String keys = groupBy.stream().map(Dimension::expression).collect(Collectors.joining(", "));
        String select = keys.isEmpty() ? "" : keys + ", ";
        String groupClause = keys.isEmpty() ? "" : " group by " + keys + " order by " + keys;
        String joins = groupBy.stream().map(Dimension::join).collect(Collectors.joining());
        String filters = groupBy.stream().map(Dimension::filter).collect(Collectors.joining());
        int k = groupBy.size();

        // one pass over the period's referrals: milestones and attendance are kept on each
        for (Object[] row :
                queries.rows(
                        "select "
                                + select
                                + "count(r.id),"
                                + " sum(case when r.wasTriaged = true then 1 else 0 end),"
                                + " sum(case when r.sentAt is not null then 1 else 0 end),"
                                + " sum(case when r.wasAccepted = true then 1 else 0 end),"
                                + " sum(case when r.wasDeclined = true then 1 else 0 end),"
                                + " sum(case when r.status = :cancelled then 1 else 0 end),"
                                + " sum(case when r.wasStarted = true then 1 else 0 end),"
                                + " sum(case when r.status = :completed then 1 else 0 end),"
                                + " sum(case when r.status = :endedEarly then 1 else 0 end),"
                                + " sum(r.sessionsAttended), sum(r.sessionsDidNotAttend),"
                                + " sum(case when r.sessionsAttended + r.sessionsDidNotAttend > 0"
                                + " then 1 else 0 end),"
                                + " count(r.secondsToFirstSession),"
                                + " percentile_cont(0.5) within group (order by r.secondsToFirstSession),"
                                + " percentile_cont(0.9) within group (order by r.secondsToFirstSession)"
                                + " from Referral r"
                                + joins
                                + where(scope)
                                + filters
                                + groupClause,
                        period,
                        scope,
                        Map.of(
                                "cancelled", ReferralStatus.CANCELLED,
                                "completed", ReferralStatus.COMPLETED,
                                "endedEarly", ReferralStatus.ENDED_EARLY))) {
            Raw raw = groups.computeIfAbsent(key(row, k), x -> new Raw());
            raw.received = number(row[k]);
            raw.triaged = number(row[k + 1]);
            raw.sent = number(row[k + 2]);
            raw.accepted = number(row[k + 3]);
            raw.declined = number(row[k + 4]);
            raw.cancelled = number(row[k + 5]);
            raw.started = number(row[k + 6]);
            raw.completed = number(row[k + 7]);
            raw.endedEarly = number(row[k + 8]);
            raw.attended = number(row[k + 9]);
            raw.didNotAttend = number(row[k + 10]);
            raw.patientsWithSessions = number(row[k + 11]);
            raw.withFirstSession = number(row[k + 12]);
            raw.medianSeconds = decimal(row[k + 13]);
            raw.p90Seconds = decimal(row[k + 14]);
        }
        for (Object[] row :
                queries.rows(
                        "select "
                                + select
                                + "e.reasonCode, count(distinct r.id)"
                                + " from ReferralEvent e join Referral r on r.id = e.referralId"
                                + joins
                                + where(scope)
                                + filters
                                + " and e.action = 'decline'"
                                + (keys.isEmpty()
                                        ? " group by e.reasonCode"
                                        : " group by " + keys + ", e.reasonCode"),
                        period,
                        scope,
                        Map.of())) {
            Raw raw = groups.computeIfAbsent(key(row, k), x -> new Raw());
            raw.declinedByReason.put(String.valueOf(row[k]), number(row[k + 1]));
        }
        return groups;
    }

    private List<PractitionerRow> practitioners(
            ReportScope scope, ReportPeriod period, DisclosureControl control) {
        List<PractitionerRow> result = new ArrayList<>();
        for (Object[] row :
                queries.rows(
                        "select e.practitionerId, count(distinct e.referralId),"
                                + " count(distinct case when e.action = 'accept' then e.referralId end),"
                                + " percentile_cont(0.5) within group (order by e.responseSeconds)"
                                + " from ReferralEvent e join Referral r on r.id = e.referralId"
                                + where(scope)
                                + " and e.action in ('accept', 'decline') group by e.practitionerId"
                                + " order by e.practitionerId",
                        period,
                        scope,
                        Map.of())) {
            long responded = number(row[1]);
            long accepted = number(row[2]);
            Double median = decimal(row[3]);
            result.add(
                    new PractitionerRow(
                            String.valueOf(row[0]),
                            control.people(responded),
                            control.statistic(Ratio.of(accepted, responded), responded),
                            control.statistic(
                                    median == null
                                            ? null
                                            : BigDecimal.valueOf(median)
                                                    .divide(
                                                            SECONDS_PER_HOUR,
                                                            1,
                                                            RoundingMode.HALF_UP),
                                    responded)));
        }
        return result;
    }

    private Figures publish(Raw raw, DisclosureControl control) {
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
                control.statistic(days(raw.medianSeconds), raw.withFirstSession),
                control.statistic(days(raw.p90Seconds), raw.withFirstSession));
    }

    /** Counts total the published cells; statistics come from the whole, controlled as a whole. */
    private Figures totals(List<Figures> cells, Raw overall, DisclosureControl control) {
        Figures whole = publish(overall, control);
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
                                                        .map(
                                                                f ->
                                                                        f.declinedByReason()
                                                                                .getOrDefault(
                                                                                        reason,
                                                                                        new Count(
                                                                                                0L,
                                                                                                false)))
                                                        .toList())));
        return new Figures(
                control.total(cells.stream().map(Figures::referralsReceived).toList()),
                control.total(cells.stream().map(Figures::triaged).toList()),
                control.total(cells.stream().map(Figures::sent).toList()),
                control.total(cells.stream().map(Figures::accepted).toList()),
                control.total(cells.stream().map(Figures::declined).toList()),
                reasons,
                control.total(cells.stream().map(Figures::cancelled).toList()),
                control.total(cells.stream().map(Figures::started).toList()),
                control.total(cells.stream().map(Figures::completed).toList()),
                control.total(cells.stream().map(Figures::endedEarly).toList()),
                control.total(cells.stream().map(Figures::sessionsDelivered).toList()),
                whole.didNotAttendRate(),
                whole.medianDaysToFirstSession(),
                whole.p90DaysToFirstSession());
    }

    private static String where(ReportScope scope) {
        return " where r.createdAt >= :from and r.createdAt < :to and " + scope.clause();
    }

    private static List<Object> key(Object[] row, int size) {
        return Arrays.asList(Arrays.copyOf(row, size));
    }

    private static Double decimal(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    private static BigDecimal days(Double seconds) {
        return seconds == null
                ? null
                : BigDecimal.valueOf(seconds).divide(SECONDS_PER_DAY, 1, RoundingMode.HALF_UP);
    }
}
