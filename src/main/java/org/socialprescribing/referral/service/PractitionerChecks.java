package org.socialprescribing.referral.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.error.ProblemType;
import org.socialprescribing.directory.practitioner.Practitioner;
import org.socialprescribing.directory.practitioner.PractitionerRepository;
import org.socialprescribing.directory.therapy.TherapyRepository;

/**
 * Whether a referral may go to a practitioner: it exists, is accepting referrals, offers the
 * therapy, and is regulated, unless the referrer accepts responsibility for the delegation (GMC
 * guidance on delegation and referral).
 */
@ApplicationScoped
public class PractitionerChecks {
    private final PractitionerRepository practitioners;
    private final TherapyRepository therapies;
    private final Clock clock;

    public PractitionerChecks(
            PractitionerRepository practitioners, TherapyRepository therapies, Clock clock) {
        this.practitioners = practitioners;
        this.therapies = therapies;
        this.clock = clock;
    }

    /**
     * Checks the practitioner and returns the therapy of the referral (inferred if it offers only
     * one).
     */
    public String requireAssignable(
            UUID practitionerId, String therapyCode, boolean delegationAccepted) {
        Practitioner practitioner =
                practitioners
                        .findByIdOptional(practitionerId)
                        .orElseThrow(
                                () ->
                                        new DomainException(
                                                ProblemType.UNKNOWN_REFERENCE,
                                                "Practitioner "
                                                        + practitionerId
                                                        + " is not in the directory"));
        if (!practitioner.acceptingReferrals) {
            throw new DomainException(
                    ProblemType.PRACTITIONER_NOT_ACCEPTING,
                    practitioner.displayName + " is not accepting referrals");
        }
        String therapy = therapyCode;
        if (therapy == null && practitioner.therapyCodes.size() == 1) {
            therapy = practitioner.therapyCodes.iterator().next();
        }
        if (therapy != null) {
            requireTherapy(therapy);
            if (!practitioner.offers(therapy)) {
                throw new DomainException(
                        ProblemType.THERAPY_NOT_OFFERED,
                        practitioner.displayName + " does not offer " + therapy);
            }
        }
        if (!practitioner.regulationStatus(LocalDate.now(clock)).isRegulated()
                && !delegationAccepted) {
            throw new DomainException(
                    ProblemType.PRACTITIONER_NOT_REGULATED,
                    practitioner.displayName
                            + " has no current registration with a statutory regulator or an"
                            + " accredited register; refer only if you accept responsibility (delegationAccepted)");
        }
        return therapy;
    }

    public void requireTherapy(String therapyCode) {
        if (therapies.findByIdOptional(therapyCode).isEmpty()) {
            throw new DomainException(
                    ProblemType.UNKNOWN_REFERENCE,
                    "Therapy " + therapyCode + " is not in the catalogue");
        }
    }
}
