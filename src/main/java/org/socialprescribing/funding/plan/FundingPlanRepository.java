package org.socialprescribing.funding.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FundingPlanRepository implements PanacheRepositoryBase<FundingPlan, UUID> {

    /** The plan that funds the referral now: approved, or awaiting approval. */
    public Optional<FundingPlan> active(UUID referralId) {
        return find(
                        "referralId = ?1 and status in ?2",
                        referralId,
                        List.of(PlanStatus.APPROVED, PlanStatus.PENDING_APPROVAL))
                .firstResultOptional();
    }

    /** The referral's most recent plan, whatever became of it. */
    public Optional<FundingPlan> latest(UUID referralId) {
        return find("referralId", Sort.descending("createdAt"), referralId).firstResultOptional();
    }

    /** Plans in a status, oldest first: of one funder's schemes, or of all when it is null. */
    public List<FundingPlan> inStatus(PlanStatus status, String funderCode) {
        String query =
                "select p from FundingPlan p, FundingScheme s where p.schemeId = s.id"
                        + " and p.status = :status"
                        + (funderCode == null ? "" : " and s.funderCode = :funder")
                        + " order by p.createdAt";
        var found =
                getEntityManager()
                        .createQuery(query, FundingPlan.class)
                        .setParameter("status", status);
        if (funderCode != null) {
            found.setParameter("funder", funderCode);
        }
        return found.getResultList();
    }
}
