package org.socialprescribing.safety;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SafetyAlertRepository implements PanacheRepositoryBase<SafetyAlert, UUID> {

    /** The referral's alerts, oldest first. */
    public List<SafetyAlert> ofReferral(UUID referralId) {
        return list("referralId", Sort.by("raisedAt"), referralId);
    }
}
