package org.socialprescribing.report.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialprescribing.report.Ratio;
import org.socialprescribing.report.ReportQueries;
import org.socialprescribing.report.ReportRequest;
import org.socialprescribing.report.ReportRow;
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

    /** Each measure and score's sums, named as {@link #raw} reads them, then the scope. */
    private static final String CHANGES =
            "c.key.measure as measure, c.key.scoreName as score, c.direction as direction,"
                    + " count(c.key.referralId) as patients,"
                    + " sum(c.baselineValue) as sumBaseline, sum(c.endValue) as sumEnd,"
                    + " sum(c.changeValue) as sumChange,"
                    + " sum(c.changeValue * c.changeValue) as sumChangeSquared,"
                    + " count(c.improved) as withThreshold,"
                    + " sum(case when c.improved = true then 1 else 0 end) as improved"
                    + " from OutcomeChange c join Referral r on r.id = c.key.referralId"
                    + " where c.endValue is not null"
                    + " and r.createdAt >= :from and r.createdAt < :to and ";

    /** Each therapy's Friends and Family Test answers (don't know left out), then the scope. */
    private static final String EXPERIENCE =
            "select r.therapyCode as therapy,"
                    + " sum(case when e.experience in ('VERY_GOOD', 'GOOD', 'NEITHER_GOOD_NOR_POOR',"
                    + " 'POOR', 'VERY_POOR') then 1 else 0 end) as answered,"
                    + " sum(case when e.experience in ('VERY_GOOD', 'GOOD') then 1 else 0 end)"
                    + " as positive"
                    + " from Referral r join ReferralEvidence e on e.referralId = r.id"
                    + " where e.experience is not null"
                    + " and r.createdAt >= :from and r.createdAt < :to and ";

    /** Therapies, then measures, then each measure's scores in the order it defines them. */
    private static final Comparator<Raw> ORDER =
            Comparator.comparing(Raw::therapy)
                    .thenComparing(Raw::measure)
                    .thenComparing(r -> OutcomeScoring.scoreNames(r.measure()).indexOf(r.score()));

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
            long improved) {

        Raw ofAllTherapies() {
            return new Raw(
                    ALL_THERAPIES,
                    measure,
                    score,
                    direction,
                    patients,
                    sumBaseline,
                    sumEnd,
                    sumChange,
                    sumChangeSquared,
                    withThreshold,
                    improved);
        }

        /** The figures of both groups together (of one measure and score, distinct patients). */
        Raw plus(Raw other) {
            return new Raw(
                    therapy,
                    measure,
                    score,
                    direction,
                    patients + other.patients,
                    sumBaseline.add(other.sumBaseline),
                    sumEnd.add(other.sumEnd),
                    sumChange.add(other.sumChange),
                    sumChangeSquared.add(other.sumChangeSquared),
                    withThreshold + other.withThreshold,
                    improved + other.improved);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OutcomeReport outcomes(ReportRequest request) {
        ReportScope scope = ReportScope.of(request.caller());
        DisclosureControl control = request.control();
        List<Raw> perTherapy = figures(request, scope);
        List<Row> rows = perTherapy.stream().map(r -> publish(r, control)).toList();
        List<Row> totals =
                wholes(perTherapy).stream().map(whole -> total(whole, rows, control)).toList();
        return new OutcomeReport(
                "outcomes",
                request.period().from(),
                request.period().to(),
                List.of("THERAPY", "MEASURE", "SCORE"),
                false,
                Instant.now(clock),
                control.rules(),
                rows,
                totals,
                experience(request, scope, control));
    }

    /** Per therapy, then ALL: answers total the published cells, the share comes from the whole. */
    private List<OutcomeReport.Experience> experience(
            ReportRequest request, ReportScope scope, DisclosureControl control) {
        List<OutcomeReport.Experience> rows = new ArrayList<>();
        long answered = 0;
        long positive = 0;
        for (ReportRow row :
                queries.rows(
                        EXPERIENCE
                                + scope.clause()
                                + " group by r.therapyCode order by r.therapyCode",
                        request.period(),
                        scope,
                        Map.of())) {
            long n = row.count("answered");
            answered += n;
            positive += row.count("positive");
            rows.add(
                    new OutcomeReport.Experience(
                            row.text("therapy"),
                            control.people(n),
                            control.statistic(Ratio.of(row.count("positive"), n), n)));
        }
        rows.add(
                new OutcomeReport.Experience(
                        ALL_THERAPIES,
                        control.total(
                                rows.stream().map(OutcomeReport.Experience::answers).toList()),
                        control.statistic(Ratio.of(positive, answered), answered)));
        return rows;
    }

    private List<Raw> figures(ReportRequest request, ReportScope scope) {
        List<ReportRow> rows =
                queries.rows(
                        "select r.therapyCode as therapy, "
                                + CHANGES
                                + scope.clause()
                                + " group by r.therapyCode,"
                                + " c.key.measure, c.key.scoreName, c.direction",
                        request.period(),
                        scope,
                        Map.of());
        return rows.stream().map(row -> raw(row, row.text("therapy"))).sorted(ORDER).toList();
    }

    /**
     * Each measure and score over all therapies: the sums of its therapies' sums, which are exact
     * as every referral has one therapy (no second pass over the changes).
     */
    private static List<Raw> wholes(List<Raw> perTherapy) {
        Map<List<Object>, Raw> wholes = new LinkedHashMap<>();
        for (Raw raw : perTherapy) {
            wholes.merge(List.of(raw.measure(), raw.score()), raw.ofAllTherapies(), Raw::plus);
        }
        return wholes.values().stream().sorted(ORDER).toList();
    }

    private static Raw raw(ReportRow row, String therapy) {
        return new Raw(
                therapy,
                row.get("measure", OutcomeMeasure.class),
                row.get("score", String.class),
                row.get("direction", Direction.class),
                row.count("patients"),
                decimal(row.get("sumBaseline")),
                decimal(row.get("sumEnd")),
                decimal(row.get("sumChange")),
                decimal(row.get("sumChangeSquared")),
                row.count("withThreshold"),
                row.count("improved"));
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

    /**
     * A measure and score over all therapies: the patients total the therapies' published cells;
     * the statistics come from the whole.
     */
    private static Row total(Raw whole, List<Row> rows, DisclosureControl control) {
        Row published = publish(whole, control);
        List<Count> cells =
                rows.stream()
                        .filter(r -> r.measure() == whole.measure())
                        .filter(r -> r.score().equals(whole.score()))
                        .map(Row::patients)
                        .toList();
        return new Row(
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
                published.shareMeaningfullyImproved());
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
