package org.socialprescribing.treatment.outcome;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OutcomeRecordRepository implements PanacheRepositoryBase<OutcomeRecord, UUID> {

    /** The referral's records in the order they were completed. */
    public List<OutcomeRecord> ofReferral(UUID referralId) {
        return list("referralId", Sort.by("completedOn").and("recordedAt"), referralId);
    }
}
