package org.socialprescribing.funding.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.socialprescribing.funding.scheme.FundingScheme;

/** The statement's read model: a funder's schemes and what their charge lines add up to. */
@ApplicationScoped
public class StatementQueries {
    private final EntityManager entityManager;

    public StatementQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** What one scheme's charge lines created in a period add up to. */
    public record Charged(
            long fundersPence, long sessionsFunded, long patientDuePence, long patientPaidPence) {}

    public List<FundingScheme> schemesOf(String funderCode) {
        return entityManager
                .createQuery(
                        "from FundingScheme s where s.funderCode = :funder order by s.name",
                        FundingScheme.class)
                .setParameter("funder", funderCode)
                .getResultList();
    }

    public Charged charged(UUID schemeId, Instant start, Instant end) {
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
                        .setParameter("scheme", schemeId)
                        .setParameter("start", start)
                        .setParameter("end", end)
                        .getSingleResult();
        return new Charged(number(row[0]), number(row[1]), number(row[2]), number(row[3]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
