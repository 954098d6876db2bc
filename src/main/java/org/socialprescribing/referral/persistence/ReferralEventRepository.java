package org.socialprescribing.referral.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReferralEventRepository implements PanacheRepositoryBase<ReferralEvent, Long> {
    public List<ReferralEvent> history(UUID referralId) {
        return list("referralId", Sort.by("id"), referralId);
    }
}
