package org.socialprescribing.report.outcome;

import static org.socialprescribing.report.ReportQueries.number;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.socialprescribing.report.Ratio;
import org.socialprescribing.report.ReportQueries;
import org.socialprescribing.report.ReportRequest;
import org.socialprescribing.report.ReportScope;
import org.socialprescribing.report.disclosure.Count;
import org.socialprescribing.report.disclosure.DisclosureControl;
import org.socialprescribing.report.outcome.OutcomeReport.Row;
import org.socialprescribing.treatment.outcome.Direction;
import org.socialprescribing.treatment.outcome.OutcomeMeasure;
import org.socialprescribing.treatment.outcome.OutcomeScoring;

/**
 * The outcome report: one grouped query over the maintained baseline-to-end changes of the
 * referrals received in the period and in the caller's scope, per therapy, and one over all
 * therapies for the totals.
 */
@ApplicationScoped
public class OutcomeReportService {
    static final String ALL_THERAPIES = "ALL";

    private final ReportQueries queries;
    private final Clock clock;

    public OutcomeReportService(ReportQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** Raw figures of one group, before disclosure control. */
    private record Raw(
            String therapy,
            OutcomeMeasure measure,
            String score,
            Direction direction,
            long patients,
            BigDecimal sumBaseline,
            BigDecimal sumEnd,
            BigDecimal sumChange,
            BigDecimal sumChangeSquared,
            long withThreshold,
            long improved) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public OutcomeReport outcomes(ReportRequest request) {
        ReportScope scope = ReportScope.of(request.caller());
        DisclosureControl control = request.control();
        List<Row> rows =
                figures(request, scope, true).stream().map(r -> publish(r, control)).toList();
        List<Row> totals = new ArrayList<>();
        for (Raw whole : figures(request, scope, false)) {
            Row published = publish(whole, control);
            List<Count> cells =
                    rows.stream()
                            .filter(r -> r.measure() == whole.measure())
                            .filter(r -> r.score().equals(whole.score()))
                            .map(Row::patients)
                            .toList();
            totals.add(
                    new Row(
                            ALL_THERAPIES,
                            published.measure(),
                            published.score(),
                            published.direction(),
                            control.total(cells),
                            published.meanBaseline(),
                            published.meanEnd(),
                            published.meanChange(),
                            published.meanChangeLow(),
                            published.meanChangeHigh(),
                            published.shareMeaningfullyImproved()));
        }
        return new OutcomeReport(
                "outcomes",
                request.period().from(),
                request.period().to(),
                List.of("THERAPY", "MEASURE", "SCORE"),
                Instant.now(clock),
                control.rules(),
                rows,
                totals);
    }

    private List<Raw> figures(ReportRequest request, ReportScope scope, boolean perTherapy) {
        String therapy = perTherapy ? "r.therapyCode, " : "";
        List<Object[]> rows =
                queries.rows(
                        "select "
                                + therapy
                                + "c.key.measure, c.key.scoreName, c.direction,"
                                + " count(c.key.referralId), sum(c.baselineValue), sum(c.endValue),"
                                + " sum(c.changeValue), sum(c.changeValue * c.changeValue),"
                                + " count(c.improved),"
                                + " sum(case when c.improved = true then 1 else 0 end)"
                                + " from OutcomeChange c join Referral r on r.id = c.key.referralId"
                                + " where c.endValue is not null"
                                + " and r.createdAt >= :from and r.createdAt < :to and "
                                + scope.clause()
                                + " group by "
                                + therapy
                                + "c.key.measure, c.key.scoreName, c.direction",
                        request.period(),
                        scope,
                        Map.of());
        int k = perTherapy ? 1 : 0;
        List<Raw> raws = new ArrayList<>();
        for (Object[] row : rows) {
            raws.add(
                    new Raw(
                            perTherapy ? String.valueOf(row[0]) : ALL_THERAPIES,
                            (OutcomeMeasure) row[k],
                            (String) row[k + 1],
                            (Direction) row[k + 2],
                            number(row[k + 3]),
                            decimal(row[k + 4]),
                            decimal(row[k + 5]),
                            decimal(row[k + 6]),
                            decimal(row[k + 7]),
                            number(row[k + 8]),
                            number(row[k + 9])));
        }
        raws.sort(
                Comparator.comparing(Raw::therapy)
                        .thenComparing(Raw::measure)
                        .thenComparing(
                                r -> OutcomeScoring.scoreNames(r.measure()).indexOf(r.score())));
        return raws;
    }

    private static Row publish(Raw raw, DisclosureControl control) {
        long n = raw.patients();
        MeanChange change = MeanChange.of(n, raw.sumChange(), raw.sumChangeSquared());
        return new Row(
                raw.therapy(),
                raw.measure(),
                raw.score(),
                raw.direction(),
                control.people(n),
                control.statistic(mean(raw.sumBaseline(), n), n),
                control.statistic(mean(raw.sumEnd(), n), n),
                control.statistic(change == null ? null : change.mean(), n),
                control.statistic(change == null ? null : change.low(), n),
                control.statistic(change == null ? null : change.high(), n),
                control.statistic(
                        Ratio.of(raw.improved(), raw.withThreshold()), raw.withThreshold()));
    }

    private static BigDecimal mean(BigDecimal sum, long n) {
        return n == 0
                ? null
                : MeanChange.round(sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL64));
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
