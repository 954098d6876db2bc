package org.socialprescribing.report.activity;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.socialprescribing.referral.domain.ReferralStatus;
import org.socialprescribing.report.ReportPeriod;
import org.socialprescribing.report.ReportQueries;
import org.socialprescribing.report.ReportRow;
import org.socialprescribing.report.ReportScope;

/**
 * The activity report's grouped queries over the referrals {@code r} received in the period and in
 * the caller's scope: one pass over the referrals (their milestones and attendance are kept on
 * each), one over their declines, and one over the practitioners' responses.
 */
@ApplicationScoped
class ActivityQueries {
    /** Each group's figures, named as {@link RawFigures#read} reads them. */
    static final String FIGURES =
            "count(r.id) as received,"
                    + " sum(case when r.wasTriaged = true then 1 else 0 end) as triaged,"
                    + " sum(case when r.sentAt is not null then 1 else 0 end) as sent,"
                    + " sum(case when r.wasAccepted = true then 1 else 0 end) as accepted,"
                    + " sum(case when r.wasDeclined = true then 1 else 0 end) as declined,"
                    + " sum(case when r.status = :cancelled then 1 else 0 end) as cancelled,"
                    + " sum(case when r.wasStarted = true then 1 else 0 end) as started,"
                    + " sum(case when r.status = :completed then 1 else 0 end) as completed,"
                    + " sum(case when r.status = :endedEarly then 1 else 0 end) as endedEarly,"
                    + " sum(r.sessionsAttended) as attended,"
                    + " sum(r.sessionsDidNotAttend) as didNotAttend,"
                    + " sum(case when r.sessionsAttended + r.sessionsDidNotAttend > 0"
                    + " then 1 else 0 end) as patientsWithSessions,"
                    + " count(r.secondsToFirstSession) as withFirstSession,"
                    + " percentile_cont(0.5) within group (order by r.secondsToFirstSession)"
                    + " as medianSeconds,"
                    + " percentile_cont(0.9) within group (order by r.secondsToFirstSession)"
                    + " as p90Seconds"
                    + " from Referral r";

    private static final Map<String, Object> STATUSES =
            Map.of(
                    "cancelled", ReferralStatus.CANCELLED,
                    "completed", ReferralStatus.COMPLETED,
                    "endedEarly", ReferralStatus.ENDED_EARLY);

    /** Declines by reason, from the responses {@code x} to the period's referrals. */
    private static final String DECLINES =
            "x.reasonCode as reason, count(distinct x.referralId) as declined"
                    + " from ReferralResponse x";

    private static final String RESPONSES =
            "select x.practitionerId as practitioner,"
                    + " count(distinct x.referralId) as responded,"
                    + " count(distinct case when x.accepted = true then x.referralId end)"
                    + " as accepted,"
                    + " percentile_cont(0.5) within group (order by x.responseSeconds)"
                    + " as medianSeconds"
                    + " from ReferralResponse x";

    /** The responses {@code x} to referrals received in the period (as their referrals were). */
    private static final String RESPONDED_IN_PERIOD =
            " x.referralReceivedAt >= :from and x.referralReceivedAt < :to";

    /** Joins the responses {@code x} to their referrals {@code r}. */
    private static final String WITH_REFERRAL = " join Referral r on r.id = x.referralId";

    private final ReportQueries queries;

    ActivityQueries(ReportQueries queries) {
        this.queries = queries;
    }

    /** Each group's raw figures, keyed by its values of the dimensions, in the groups' order. */
    Map<List<Object>, RawFigures> figures(
            ReportScope scope, ReportPeriod period, List<Dimension> groupBy) {
        Grouping grouping = new Grouping(groupBy);
        Map<List<Object>, RawFigures> groups = new LinkedHashMap<>();
        String figures =
                grouping.select()
                        + FIGURES
                        + grouping.joins()
                        + where(scope)
                        + grouping.filters()
                        + grouping.groupAndOrder();
        for (ReportRow row : queries.rows(figures, period, scope, STATUSES)) {
            groups.computeIfAbsent(grouping.key(row), key -> new RawFigures()).read(row);
        }
        boolean joined = !(scope.isEverything() && groupBy.isEmpty());
        String declines =
                grouping.select()
                        + DECLINES
                        + (joined ? WITH_REFERRAL : "")
                        + grouping.joins()
                        + responsesTo(scope, joined)
                        + grouping.filters()
                        + " and x.accepted = false"
                        + grouping.groupWith("x.reasonCode");
        for (ReportRow row : queries.rows(declines, period, scope, Map.of())) {
            groups.computeIfAbsent(grouping.key(row), key -> new RawFigures())
                    .declinedByReason
                    .put(row.text("reason"), row.count("declined"));
        }
        return groups;
    }

    /**
     * Per practitioner, the referrals they accepted or declined ({@code responded}), those they
     * accepted, and the median seconds they took ({@code medianSeconds}).
     */
    List<ReportRow> responses(ReportScope scope, ReportPeriod period) {
        boolean joined = !scope.isEverything();
        return queries.rows(
                RESPONSES
                        + (joined ? WITH_REFERRAL : "")
                        + responsesTo(scope, joined)
                        + " group by x.practitionerId order by x.practitionerId",
                period,
                scope,
                Map.of());
    }

    /**
     * The responses to the period's referrals in the scope. They are joined to their referrals for
     * a scope short of everything or a grouping, and otherwise read alone.
     */
    private static String responsesTo(ReportScope scope, boolean joined) {
        return (joined ? where(scope) + " and" : " where") + RESPONDED_IN_PERIOD;
    }

    private static String where(ReportScope scope) {
        return " where r.createdAt >= :from and r.createdAt < :to and " + scope.clause();
    }

    /** The dimensions as HQL: selected under their aliases, joined, filtered and grouped. */
    private record Grouping(List<Dimension> dimensions) {
        String select() {
            return "select "
                    + dimensions.stream()
                            .map(d -> d.expression() + " as " + d.alias() + ", ")
                            .collect(Collectors.joining());
        }

        String joins() {
            return each(Dimension::join, "");
        }

        String filters() {
            return each(Dimension::filter, "");
        }

        String groupAndOrder() {
            String keys = each(Dimension::expression, ", ");
            return keys.isEmpty() ? "" : " group by " + keys + " order by " + keys;
        }

        /** Grouped by the dimensions and then by one more column. */
        String groupWith(String column) {
            String keys = each(Dimension::expression, ", ");
            return " group by " + (keys.isEmpty() ? column : keys + ", " + column);
        }

        List<Object> key(ReportRow row) {
            return dimensions.stream().map(d -> row.get(d.alias())).toList();
        }

        private String each(Function<Dimension, String> part, String separator) {
            return dimensions.stream().map(part).collect(Collectors.joining(separator));
        }
    }
}
