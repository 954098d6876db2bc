package org.socialprescribing.report.value;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.socialprescribing.report.FundedPlans;
import org.socialprescribing.report.Ratio;
import org.socialprescribing.report.ReportQueries;
import org.socialprescribing.report.ReportRequest;
import org.socialprescribing.report.ReportRow;
import org.socialprescribing.report.ReportScope;
import org.socialprescribing.report.disclosure.Amount;
import org.socialprescribing.report.disclosure.DisclosureControl;
import org.socialprescribing.report.outcome.MeanChange;
import org.socialprescribing.report.value.ValueReport.Figures;
import org.socialprescribing.report.value.ValueReport.Row;

/**
 * The value report: one grouped query over the referrals received in the period and in the caller's
 * scope, their evidence, and the funded plan of a scheme whose money the caller may see.
 */
@ApplicationScoped
public class ValueReportService {
    static final String UNFUNDED = "UNFUNDED";

    private static final String BOTH =
            "e.appointmentsBefore is not null and e.appointmentsAfter is not null";
    private static final String CHANGE = "(e.appointmentsAfter - e.appointmentsBefore)";

    private static final String VALUE =
            "select r.therapyCode as therapy, s.id as schemeId, s.name as schemeName,"
                    + " count(r.id) as referrals,"
                    + (" sum(case when " + BOTH + " then 1 else 0 end) as counted,")
                    + (" sum(case when " + BOTH + " then e.appointmentsBefore else 0 end)")
                    + " as sumBefore,"
                    + (" sum(case when " + BOTH + " then e.appointmentsAfter else 0 end)")
                    + " as sumAfter,"
                    + (" sum(case when " + BOTH + " then " + CHANGE + " * " + CHANGE)
                    + " else 0 end) as sumChangeSquared,"
                    + (" sum(case when " + BOTH + " then p.spentPence else 0 end) as spent,")
                    + " sum(case when e.experience in ('VERY_GOOD', 'GOOD', 'NEITHER_GOOD_NOR_POOR',"
                    + " 'POOR', 'VERY_POOR') then 1 else 0 end) as answered,"
                    + " sum(case when e.experience in ('VERY_GOOD', 'GOOD') then 1 else 0 end)"
                    + " as positive,"
                    + " sum(case when e.workStatusBaseline = 'OFF_SICK'"
                    + " and e.workStatusEnd is not null then 1 else 0 end) as offSick,"
                    + " sum(case when e.workStatusBaseline = 'OFF_SICK'"
                    + " and e.workStatusEnd = 'EMPLOYED_WORKING' then 1 else 0 end) as returned"
                    + " from Referral r left join ReferralEvidence e on e.referralId = r.id"
                    + " left join FundingPlan p on p.referralId = r.id and "
                    + FundedPlans.funds("p")
                    + " and p.schemeId in (select s.id from FundingScheme s where ";

    private static final String VALUE_WHERE =
            ") left join FundingScheme s on s.id = p.schemeId"
                    + " where r.createdAt >= :from and r.createdAt < :to and ";

    private static final String VALUE_GROUPS =
            " group by r.therapyCode, s.id, s.name order by r.therapyCode, s.name, s.id";

    private final ReportQueries queries;
    private final Clock clock;

    public ValueReportService(ReportQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** Raw figures of one group, before disclosure control. */
    static final class Raw {
        long referrals, counted, sumBefore, sumAfter, sumChangeSquared, spent;
        long answered, positive, offSick, returned;

        void add(Raw o) {
            referrals += o.referrals;
            counted += o.counted;
            sumBefore += o.sumBefore;
            sumAfter += o.sumAfter;
            sumChangeSquared += o.sumChangeSquared;
            spent += o.spent;
            answered += o.answered;
            positive += o.positive;
            offSick += o.offSick;
            returned += o.returned;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ValueReport value(ReportRequest request, Long unitCostPence) {
        ReportScope referrals = ReportScope.of(request.caller());
        ReportScope schemes = ReportScope.schemes(request.caller());
        DisclosureControl control = request.control();
        List<Row> rows = new ArrayList<>();
        Raw whole = new Raw();
        for (ReportRow row :
                queries.rows(
                        VALUE + schemes.clause() + VALUE_WHERE + referrals.clause() + VALUE_GROUPS,
                        request.period(),
                        referrals,
                        schemes.parameters())) {
            Raw raw = raw(row);
            whole.add(raw);
            UUID scheme = row.get("schemeId", UUID.class);
            rows.add(
                    new Row(
                            row.text("therapy"),
                            scheme,
                            scheme == null ? UNFUNDED : row.get("schemeName", String.class),
                            publish(raw, unitCostPence, control)));
        }
        return new ValueReport(
                "value",
                request.period().from(),
                request.period().to(),
                List.of("THERAPY", "SCHEME"),
                false,
                Instant.now(clock),
                control.rules(),
                unitCostPence,
                rows,
                totals(rows.stream().map(Row::figures).toList(), whole, unitCostPence, control));
    }

    private static Raw raw(ReportRow row) {
        Raw raw = new Raw();
        raw.referrals = row.count("referrals");
        raw.counted = row.count("counted");
        raw.sumBefore = row.count("sumBefore");
        raw.sumAfter = row.count("sumAfter");
        raw.sumChangeSquared = row.count("sumChangeSquared");
        raw.spent = row.count("spent");
        raw.answered = row.count("answered");
        raw.positive = row.count("positive");
        raw.offSick = row.count("offSick");
        raw.returned = row.count("returned");
        return raw;
    }

    static Figures publish(Raw raw, Long unitCostPence, DisclosureControl control) {
        long n = raw.counted;
        MeanChange change =
                MeanChange.of(
                        n,
                        BigDecimal.valueOf(raw.sumAfter - raw.sumBefore),
                        BigDecimal.valueOf(raw.sumChangeSquared));
        return new Figures(
                control.people(raw.referrals),
                control.people(n),
                control.statistic(mean(raw.sumBefore, n), n),
                control.statistic(mean(raw.sumAfter, n), n),
                control.statistic(change == null ? null : change.mean(), n),
                control.statistic(change == null ? null : change.low(), n),
                control.statistic(change == null ? null : change.high(), n),
                control.money(raw.spent, n),
                unitCostPence == null ? none() : control.money(avoided(raw, unitCostPence), n),
                unitCostPence == null
                        ? none()
                        : control.perPerson(raw.spent - avoided(raw, unitCostPence), n, n),
                control.people(raw.answered),
                control.statistic(Ratio.of(raw.positive, raw.answered), raw.answered),
                control.people(raw.offSick),
                control.statistic(Ratio.of(raw.returned, raw.offSick), raw.offSick));
    }

    /** Counts and money total the published cells; means, shares and cost per patient the whole. */
    private static Figures totals(
            List<Figures> cells, Raw whole, Long unitCostPence, DisclosureControl control) {
        Figures all = publish(whole, unitCostPence, control);
        return new Figures(
                control.total(cells.stream().map(Figures::referrals).toList()),
                control.total(cells.stream().map(Figures::patientsWithAppointmentCounts).toList()),
                all.meanAppointmentsBefore(),
                all.meanAppointmentsAfter(),
                all.meanChange(),
                all.meanChangeLow(),
                all.meanChangeHigh(),
                control.totalMoney(cells.stream().map(Figures::spent).toList()),
                unitCostPence == null
                        ? none()
                        : control.totalMoney(
                                cells.stream().map(Figures::appointmentCostAvoided).toList()),
                all.netCostPerPatient(),
                control.total(cells.stream().map(Figures::experienceAnswers).toList()),
                all.positiveExperienceShare(),
                control.total(cells.stream().map(Figures::offSickAtBaseline).toList()),
                all.returnedToWorkShare());
    }

    /** Appointments saved (before minus after) at the unit cost, in pence. */
    private static long avoided(Raw raw, long unitCostPence) {
        return Math.multiplyExact(raw.sumBefore - raw.sumAfter, unitCostPence);
    }

    private static Amount none() {
        return new Amount(null, false);
    }

    private static BigDecimal mean(long sum, long n) {
        return n == 0
                ? null
                : MeanChange.round(
                        BigDecimal.valueOf(sum)
                                .divide(BigDecimal.valueOf(n), MathContext.DECIMAL64));
    }
}
