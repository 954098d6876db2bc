package org.socialprescribing.treatment.outcome;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OutcomeChangeRepository
        implements PanacheRepositoryBase<OutcomeChange, OutcomeChange.Key> {

    /** Replaces the referral's kept changes with these. */
    public void replace(UUID referralId, List<OutcomeChange> changes) {
        delete("key.referralId", referralId);
        persist(changes);
    }
}
