package org.socialprescribing.report.spend;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.socialprescribing.funding.scheme.SchemeRoute;
import org.socialprescribing.referral.domain.ReferralStatus;
import org.socialprescribing.report.FundedPlans;
import org.socialprescribing.report.ReportQueries;
import org.socialprescribing.report.ReportRequest;
import org.socialprescribing.report.ReportRow;
import org.socialprescribing.report.ReportScope;
import org.socialprescribing.report.disclosure.DisclosureControl;
import org.socialprescribing.report.spend.SpendReport.Figures;
import org.socialprescribing.report.spend.SpendReport.Row;

/**
 * The spend report: grouped queries over the funding plans (which keep committed, spent and the
 * patients' charged contributions) of the referrals received in the period, for the schemes the
 * caller may see.
 */
@ApplicationScoped
public class SpendReportService {
    private static final String FUNDED_IN_PERIOD =
            " where "
                    + FundedPlans.funds("p")
                    + " and r.createdAt >= :from and r.createdAt < :to and ";

    /** Per scheme and therapy, the funded patients with a meaningful improvement on any score. */
    private static final String IMPROVED =
            "select s.id as schemeId, r.therapyCode as therapy,"
                    + " count(distinct r.id) as improved"
                    + " from FundingPlan p join FundingScheme s on s.id = p.schemeId"
                    + " join Referral r on r.id = p.referralId"
                    + FUNDED_IN_PERIOD;

    private static final String IMPROVED_GROUPS =
            " and exists (select 1 from OutcomeChange c"
                    + " where c.key.referralId = r.id and c.improved = true)"
                    + " group by s.id, r.therapyCode";

    /** Per funder, scheme and therapy, the patients funded, their money and completed courses. */
    private static final String SPEND =
            "select s.funderCode as funderCode, f.name as funderName, s.id as schemeId,"
                    + " s.name as schemeName, s.route as route, r.therapyCode as therapy,"
                    + " count(distinct r.id) as patients, sum(p.committedPence) as committed,"
                    + " sum(p.spentPence) as spent, sum(p.patientChargedPence) as contributions,"
                    + " count(distinct case when r.status = :completed then r.id end)"
                    + " as completed"
                    + " from FundingPlan p join FundingScheme s on s.id = p.schemeId"
                    + " join Funder f on f.code = s.funderCode"
                    + " join Referral r on r.id = p.referralId"
                    + FUNDED_IN_PERIOD;

    private static final String SPEND_GROUPS =
            " group by s.funderCode, f.name, s.id, s.name, s.route, r.therapyCode"
                    + " order by s.funderCode, s.name, s.id, r.therapyCode";

    private final ReportQueries queries;
    private final Clock clock;

    public SpendReportService(ReportQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** Raw figures of one group, before disclosure control. */
    private static final class Raw {
        long patients, committed, spent, patientContributions, completed, improved;

        void add(Raw other) {
            patients += other.patients;
            committed += other.committed;
            spent += other.spent;
            patientContributions += other.patientContributions;
            completed += other.completed;
            improved += other.improved;
        }
    }

    /** A group's scheme and therapy, as the improved counts are keyed. */
    private record SchemeTherapy(UUID schemeId, String therapy) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public SpendReport spend(ReportRequest request) {
        ReportScope scope = ReportScope.schemes(request.caller());
        DisclosureControl control = request.control();
        Map<SchemeTherapy, Long> improved = improved(request, scope);
        List<Row> rows = new ArrayList<>();
        Raw whole = new Raw();
        for (ReportRow row :
                queries.rows(
                        SPEND + scope.clause() + SPEND_GROUPS,
                        request.period(),
                        scope,
                        Map.of("completed", ReferralStatus.COMPLETED))) {
            Raw raw = raw(row, improved);
            whole.add(raw);
            rows.add(row(row, publish(raw, control)));
        }
        return new SpendReport(
                "spend",
                request.period().from(),
                request.period().to(),
                List.of("FUNDER", "SCHEME", "THERAPY"),
                false,
                Instant.now(clock),
                control.rules(),
                rows,
                totals(rows.stream().map(Row::figures).toList(), whole, control));
    }

    private Map<SchemeTherapy, Long> improved(ReportRequest request, ReportScope scope) {
        Map<SchemeTherapy, Long> improved = new HashMap<>();
        for (ReportRow row :
                queries.rows(
                        IMPROVED + scope.clause() + IMPROVED_GROUPS,
                        request.period(),
                        scope,
                        Map.of())) {
            improved.put(schemeTherapy(row), row.count("improved"));
        }
        return improved;
    }

    private static SchemeTherapy schemeTherapy(ReportRow row) {
        return new SchemeTherapy(row.get("schemeId", UUID.class), row.text("therapy"));
    }

    private static Raw raw(ReportRow row, Map<SchemeTherapy, Long> improved) {
        Raw raw = new Raw();
        raw.patients = row.count("patients");
        raw.committed = row.count("committed");
        raw.spent = row.count("spent");
        raw.patientContributions = row.count("contributions");
        raw.completed = row.count("completed");
        raw.improved = improved.getOrDefault(schemeTherapy(row), 0L);
        return raw;
    }

    private static Row row(ReportRow row, Figures figures) {
        return new Row(
                row.get("funderCode", String.class),
                row.get("funderName", String.class),
                row.get("schemeId", UUID.class),
                row.get("schemeName", String.class),
                row.get("route", SchemeRoute.class),
                row.text("therapy"),
                figures);
    }

    private static Figures publish(Raw raw, DisclosureControl control) {
        return new Figures(
                control.people(raw.patients),
                control.money(raw.committed, raw.patients),
                control.money(raw.spent, raw.patients),
                control.money(raw.patientContributions, raw.patients),
                control.people(raw.completed),
                control.perPerson(raw.spent, raw.completed, raw.patients),
                control.people(raw.improved),
                control.perPerson(raw.spent, raw.improved, raw.patients));
    }

    /** Counts and money total the published cells; costs per person come from the whole. */
    private static Figures totals(List<Figures> cells, Raw whole, DisclosureControl control) {
        return new Figures(
                control.total(cells.stream().map(Figures::patientsFunded).toList()),
                control.totalMoney(cells.stream().map(Figures::committed).toList()),
                control.totalMoney(cells.stream().map(Figures::spent).toList()),
                control.totalMoney(cells.stream().map(Figures::patientContributions).toList()),
                control.total(cells.stream().map(Figures::completedCourses).toList()),
                control.perPerson(whole.spent, whole.completed, whole.patients),
                control.total(cells.stream().map(Figures::patientsMeaningfullyImproved).toList()),
                control.perPerson(whole.spent, whole.improved, whole.patients));
    }
}
