package org.socialprescribing.report.spend;

import static org.socialprescribing.report.ReportQueries.number;

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
    private static final String FROM_FUNDED_REFERRALS =
            " from FundingPlan p join FundingScheme s on s.id = p.schemeId"
                    + " join Referral r on r.id = p.referralId"
                    + " where "
                    + FundedPlans.funds("p")
                    + " and r.createdAt >= :from and r.createdAt < :to and ";

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

    private record Group(
            String funderCode,
            String funderName,
            UUID schemeId,
            String schemeName,
            SchemeRoute route,
            String therapy) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public SpendReport spend(ReportRequest request) {
        ReportScope scope = ReportScope.schemes(request.caller());
        DisclosureControl control = request.control();
        Map<List<Object>, Long> improved = new HashMap<>();
        for (Object[] row :
                queries.rows(
                        "select s.id, r.therapyCode, count(distinct r.id)"
                                + FROM_FUNDED_REFERRALS
                                + scope.clause()
                                + " and exists (select 1 from OutcomeChange c"
                                + " where c.key.referralId = r.id and c.improved = true)"
                                + " group by s.id, r.therapyCode",
                        request.period(),
                        scope,
                        Map.of())) {
            improved.put(List.of(row[0], String.valueOf(row[1])), number(row[2]));
        }
        List<Row> rows = new ArrayList<>();
        Raw whole = new Raw();
        for (Object[] row :
                queries.rows(
                        "select s.funderCode, f.name, s.id, s.name, s.route, r.therapyCode,"
                                + " count(distinct r.id), sum(p.committedPence), sum(p.spentPence),"
                                + " sum(p.patientChargedPence),"
                                + " count(distinct case when r.status = :completed then r.id end)"
                                + FROM_FUNDED_REFERRALS.replace(
                                        " join Referral r",
                                        " join Funder f on f.code = s.funderCode join Referral r")
                                + scope.clause()
                                + " group by s.funderCode, f.name, s.id, s.name, s.route,"
                                + " r.therapyCode"
                                + " order by s.funderCode, s.name, s.id, r.therapyCode",
                        request.period(),
                        scope,
                        Map.of("completed", ReferralStatus.COMPLETED))) {
            Group group =
                    new Group(
                            (String) row[0],
                            (String) row[1],
                            (UUID) row[2],
                            (String) row[3],
                            (SchemeRoute) row[4],
                            String.valueOf(row[5]));
            Raw raw = new Raw();
            raw.patients = number(row[6]);
            raw.committed = number(row[7]);
            raw.spent = number(row[8]);
            raw.patientContributions = number(row[9]);
            raw.completed = number(row[10]);
            raw.improved = improved.getOrDefault(List.of(group.schemeId(), group.therapy()), 0L);
            whole.add(raw);
            rows.add(
                    new Row(
                            group.funderCode(),
                            group.funderName(),
                            group.schemeId(),
                            group.schemeName(),
                            group.route(),
                            group.therapy(),
                            publish(raw, control)));
        }
        return new SpendReport(
                "spend",
                request.period().from(),
                request.period().to(),
                List.of("FUNDER", "SCHEME", "THERAPY"),
                Instant.now(clock),
                control.rules(),
                rows,
                totals(rows.stream().map(Row::figures).toList(), whole, control));
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
