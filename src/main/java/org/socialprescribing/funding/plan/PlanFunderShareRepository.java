package org.socialprescribing.funding.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PlanFunderShareRepository
        implements PanacheRepositoryBase<PlanFunderShare, PlanFunderShare.Key> {

    /** The plan's funder shares, by funder code. */
    public List<PlanFunderShare> ofPlan(UUID planId) {
        return list("key.planId", Sort.by("key.funderCode"), planId);
    }
}
