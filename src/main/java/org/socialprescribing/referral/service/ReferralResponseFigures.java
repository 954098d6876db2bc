package org.socialprescribing.referral.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.socialprescribing.directory.practitioner.ResponseFigures;
import org.socialprescribing.referral.persistence.ReferralResponseRepository;

/**
 * Practitioners' acceptance rate and median response time, aggregated in the database from referral
 * history.
 */
@ApplicationScoped
public class ReferralResponseFigures implements ResponseFigures.Source {
    private static final double SECONDS_PER_HOUR = 3600.0;

    private final ReferralResponseRepository responses;

    public ReferralResponseFigures(ReferralResponseRepository responses) {
        this.responses = responses;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, ResponseFigures> forPractitioners(Collection<UUID> practitionerIds) {
        Map<UUID, ResponseFigures> figures = new HashMap<>();
        if (practitionerIds.isEmpty()) {
            return figures;
        }
        for (ReferralResponseRepository.Responses row : responses.responses(practitionerIds)) {
            long responded = row.answered();
            figures.put(
                    row.practitionerId(),
                    new ResponseFigures(
                            responded,
                            row.accepted(),
                            responded == 0 ? null : (double) row.accepted() / responded,
                            row.medianSeconds() == null
                                    ? null
                                    : row.medianSeconds() / SECONDS_PER_HOUR));
        }
        return figures;
    }
}
