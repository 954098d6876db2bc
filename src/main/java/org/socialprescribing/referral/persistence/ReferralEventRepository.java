package org.socialprescribing.referral.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReferralEventRepository implements PanacheRepositoryBase<ReferralEvent, Long> {

    /** How one practitioner has answered referrals: answers, acceptances, median seconds. */
    public record Responses(
            UUID practitionerId, long answered, long accepted, Double medianSeconds) {}

    public List<ReferralEvent> history(UUID referralId) {
        return list("referralId", Sort.by("id"), referralId);
    }

    /** Aggregated in the database from every accept and decline of these practitioners. */
    public List<Responses> responses(Collection<UUID> practitionerIds) {
        return getEntityManager()
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
                .getResultList()
                .stream()
                .map(
                        row ->
                                new Responses(
                                        (UUID) row[0],
                                        ((Number) row[1]).longValue(),
                                        ((Number) row[2]).longValue(),
                                        row[3] == null ? null : ((Number) row[3]).doubleValue()))
                .toList();
    }
}
