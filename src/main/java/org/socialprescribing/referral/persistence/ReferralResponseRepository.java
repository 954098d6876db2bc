package org.socialprescribing.referral.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReferralResponseRepository implements PanacheRepositoryBase<ReferralResponse, Long> {

    /** How one practitioner has answered referrals: answers, acceptances, median seconds. */
    public record Responses(
            UUID practitionerId, long answered, long accepted, Double medianSeconds) {}

    /** Aggregated in the database from every accept and decline of these practitioners. */
    public List<Responses> responses(Collection<UUID> practitionerIds) {
        return getEntityManager()
                .createQuery(
                        """
                        select r.practitionerId, count(r),
                               sum(case when r.accepted = true then 1 else 0 end),
                               percentile_cont(0.5) within group (order by r.responseSeconds)
                        from ReferralResponse r
                        where r.practitionerId in :ids
                        group by r.practitionerId""",
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
