package org.socialprescribing.referral.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReferralEventRepository implements PanacheRepositoryBase<ReferralEvent, Long> {

    public List<ReferralEvent> history(UUID referralId) {
        return list("referralId", Sort.by("id"), referralId);
    }

    /**
     * Records an accept or decline event and, beside it, the practitioner's response, for a
     * referral received at that time.
     */
    public void persistResponse(ReferralEvent event, Instant receivedAt) {
        persist(event);
        if (event.practitionerId != null) {
            getEntityManager().persist(ReferralResponse.of(event, receivedAt));
        }
    }
}
