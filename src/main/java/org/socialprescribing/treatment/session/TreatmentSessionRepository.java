package org.socialprescribing.treatment.session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TreatmentSessionRepository implements PanacheRepositoryBase<TreatmentSession, UUID> {

    /** The referral's sessions in the order they happen. */
    public List<TreatmentSession> ofReferral(UUID referralId) {
        return list("referralId", Sort.by("scheduledAt").and("id"), referralId);
    }
}
