package org.socialprescribing.referral.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.socialprescribing.directory.practitioner.ResponseFigures;

/**
 * Practitioners' acceptance rate and median response time, aggregated in the database from referral
 * history.
 */
@ApplicationScoped
public class ReferralResponseFigures implements ResponseFigures.Source {
    private static final double SECONDS_PER_HOUR = 3600.0;

    private final EntityManager entityManager;

    public ReferralResponseFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, ResponseFigures> forPractitioners(Collection<UUID> practitionerIds) {
        Map<UUID, ResponseFigures> figures = new HashMap<>();
        if (practitionerIds.isEmpty()) {
            return figures;
        }
        List<Object[]> rows =
                entityManager
                        .createQuery(
                                """
                        select e.practitionerId, count(e),
                               sum(case when e.action = 'accept' then 1 else 0 end),
                               percentile_cont(0.5) within group (order by e.responseSeconds)
                        from ReferralEvent e
                        where e.practitionerId in :ids and e.action in ('accept', 'decline')
                        group by e.practitionerId""",
                                Object[].class)
                        .setParameter("ids", practitionerIds)
                        .getResultList();
        for (Object[] row : rows) {
            long responded = ((Number) row[1]).longValue();
            long accepted = ((Number) row[2]).longValue();
            Double medianHours =
                    row[3] == null ? null : ((Number) row[3]).doubleValue() / SECONDS_PER_HOUR;
            figures.put(
                    (UUID) row[0],
                    new ResponseFigures(
                            responded,
                            accepted,
                            responded == 0 ? null : (double) accepted / responded,
                            medianHours));
        }
        return figures;
    }
}
