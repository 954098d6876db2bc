package org.socialprescribing.funding.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.socialprescribing.funding.scheme.CoFunder;
import org.socialprescribing.funding.scheme.FundingScheme;

/**
 * The statement's read model: a funder's schemes, its shares of others' schemes, and what their
 * charge lines add up to.
 */
@ApplicationScoped
public class StatementQueries {
    private final EntityManager entityManager;

    public StatementQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * What one scheme's charge lines created in a period add up to: the funder's own lines (what it
     * paid, for how many sessions) and the patients'.
     */
    public record Charged(
            long funderPence, long sessionsFunded, long patientDuePence, long patientPaidPence) {}

    /** A funder's share of another funder's scheme. */
    public record CoFunded(FundingScheme scheme, CoFunder share) {}

    public List<FundingScheme> schemesOf(String funderCode) {
        return entityManager
                .createQuery(
                        "from FundingScheme s where s.funderCode = :funder order by s.name",
                        FundingScheme.class)
                .setParameter("funder", funderCode)
                .getResultList();
    }

    public List<CoFunded> coFundedBy(String funderCode) {
        return entityManager
                .createQuery(
                        "select s, c from FundingScheme s, CoFunder c where c.key.schemeId = s.id"
                                + " and c.key.funderCode = :funder order by s.name",
                        Object[].class)
                .setParameter("funder", funderCode)
                .getResultList()
                .stream()
                .map(row -> new CoFunded((FundingScheme) row[0], (CoFunder) row[1]))
                .toList();
    }

    public Charged charged(UUID schemeId, String funderCode, Instant start, Instant end) {
        Object[] row =
                entityManager
                        .createQuery(
                                """
                                select
                                  coalesce(sum(case when c.payer = :funder then c.pence else 0 end), 0),
                                  count(distinct case when c.payer = :funder then c.sessionId end),
                                  coalesce(sum(case when c.payer = 'PATIENT' then c.pence else 0 end), 0),
                                  coalesce(sum(case when c.payer = 'PATIENT' and c.paidAt is not null
                                                    then c.pence else 0 end), 0)
                                from ChargeLine c, FundingPlan p
                                where c.planId = p.id and p.schemeId = :scheme
                                  and c.createdAt >= :start and c.createdAt < :end""",
                                Object[].class)
                        .setParameter("scheme", schemeId)
                        .setParameter("funder", funderCode)
                        .setParameter("start", start)
                        .setParameter("end", end)
                        .getSingleResult();
        return new Charged(number(row[0]), number(row[1]), number(row[2]), number(row[3]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
