package org.socialprescribing.referral.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.socialprescribing.referral.domain.ReferralFilter;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    /** An HQL condition on {@code r} that selects the referrals a caller may see. */
    public record Scope(String clause, Map<String, Object> parameters) {}

    /** A place in the list order (newest first, then by id). */
    public record Position(Instant createdAt, UUID id) {}

    /** The referral, its row locked until the transaction ends (a change waits for the last). */
    public Optional<Referral> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Up to {@code limit + 1} referrals in the scope that match the filter, after the position if
     * one is given, newest first: the extra one tells that there is a next page.
     */
    public List<ListedReferral> page(
            Scope scope, ReferralFilter filter, Position after, int limit) {
        StringBuilder hql =
                new StringBuilder(ListedReferral.SELECT)
                        .append("from Referral r where ")
                        .append(scope.clause());
        Parameters params = new Parameters();
        scope.parameters().forEach(params::and);
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            hql.append(" and r.status in :statuses");
            params.and("statuses", filter.statuses());
        }
        if (filter.therapyCode() != null) {
            hql.append(" and r.therapyCode = :therapy");
            params.and("therapy", filter.therapyCode());
        }
        if (filter.practitionerId() != null) {
            hql.append(" and r.practitionerId = :practitioner");
            params.and("practitioner", filter.practitionerId());
        }
        if (filter.practiceOdsCode() != null) {
            hql.append(" and r.practice.odsCode = :practice");
            params.and("practice", filter.practiceOdsCode());
        }
        if (filter.patientNhsNumber() != null) {
            hql.append(" and r.patient.nhsNumber = :nhsNumber");
            params.and("nhsNumber", filter.patientNhsNumber());
        }
        if (filter.createdFrom() != null) {
            hql.append(" and r.createdAt >= :from");
            params.and("from", filter.createdFrom());
        }
        if (filter.createdBefore() != null) {
            hql.append(" and r.createdAt < :before");
            params.and("before", filter.createdBefore());
        }
        if (after != null) {
            hql.append(
                    " and (r.createdAt < :cursorAt or (r.createdAt = :cursorAt and r.id < :cursorId))");
            params.and("cursorAt", after.createdAt()).and("cursorId", after.id());
        }
        hql.append(" order by r.createdAt desc, r.id desc");
        var query = getEntityManager().createQuery(hql.toString(), ListedReferral.class);
        params.map().forEach(query::setParameter);
        return query.setMaxResults(limit + 1).getResultList();
    }
}
