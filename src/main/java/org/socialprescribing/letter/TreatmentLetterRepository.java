package org.socialprescribing.letter;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TreatmentLetterRepository implements PanacheRepositoryBase<TreatmentLetter, UUID> {

    /** A referral has at most one letter. */
    public Optional<TreatmentLetter> ofReferral(UUID referralId) {
        return find("referralId", referralId).firstResultOptional();
    }
}
