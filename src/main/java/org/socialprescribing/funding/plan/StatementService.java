package org.socialprescribing.funding.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.funding.funder.FunderService;
import org.socialprescribing.funding.plan.FunderStatement.SchemeLine;
import org.socialprescribing.funding.plan.FunderStatement.Totals;
import org.socialprescribing.funding.scheme.FundingScheme;

/** A funder's statement, aggregated in the database from its schemes and their charge lines. */
@ApplicationScoped
public class StatementService {
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private final EntityManager entityManager;
    private final FunderService funders;

    public StatementService(EntityManager entityManager, FunderService funders) {
        this.entityManager = entityManager;
        this.funders = funders;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FunderStatement statement(
            Caller caller, String funderCode, LocalDate from, LocalDate to) {
        funders.findByIdOptional(funderCode)
                .orElseThrow(() -> DomainException.notFound("Funder " + funderCode));
        FunderService.requireActsFor(caller, funderCode);
        LocalDate first = from == null ? EARLIEST : from;
        LocalDate last = to == null ? LATEST : to;
        Instant start = first.atStartOfDay(UK).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(UK).toInstant();
        List<SchemeLine> lines =
                entityManager
                        .createQuery(
                                "from FundingScheme s where s.funderCode = :funder order by s.name",
                                FundingScheme.class)
                        .setParameter("funder", funderCode)
                        .getResultList()
                        .stream()
                        .map(s -> line(s, start, end))
                        .toList();
        return new FunderStatement(funderCode, from, to, lines, totals(lines));
    }

    private SchemeLine line(FundingScheme scheme, Instant start, Instant end) {
        Object[] row =
                entityManager
                        .createQuery(
                                """
                                select
                                  coalesce(sum(case when c.payer <> 'PATIENT' then c.pence else 0 end), 0),
                                  count(distinct case when c.payer <> 'PATIENT' then c.sessionId end),
                                  coalesce(sum(case when c.payer = 'PATIENT' then c.pence else 0 end), 0),
                                  coalesce(sum(case when c.payer = 'PATIENT' and c.paidAt is not null
                                                    then c.pence else 0 end), 0)
                                from ChargeLine c, FundingPlan p
                                where c.planId = p.id and p.schemeId = :scheme
                                  and c.createdAt >= :start and c.createdAt < :end""",
                                Object[].class)
                        .setParameter("scheme", scheme.id)
                        .setParameter("start", start)
                        .setParameter("end", end)
                        .getSingleResult();
        return new SchemeLine(
                scheme.id,
                scheme.name,
                scheme.route,
                scheme.budgetPence,
                scheme.committedPence,
                scheme.spentPence,
                scheme.budgetPence - scheme.committedPence - scheme.spentPence,
                number(row[0]),
                number(row[1]),
                number(row[2]),
                number(row[3]));
    }

    private static Totals totals(List<SchemeLine> lines) {
        return new Totals(
                lines.stream().mapToLong(SchemeLine::budgetPence).sum(),
                lines.stream().mapToLong(SchemeLine::committedPence).sum(),
                lines.stream().mapToLong(SchemeLine::spentPence).sum(),
                lines.stream().mapToLong(SchemeLine::remainingPence).sum(),
                lines.stream().mapToLong(SchemeLine::spentInPeriodPence).sum(),
                lines.stream().mapToLong(SchemeLine::sessionsFundedInPeriod).sum(),
                lines.stream().mapToLong(SchemeLine::patientContributionsDuePence).sum(),
                lines.stream().mapToLong(SchemeLine::patientContributionsPaidPence).sum());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
