package org.socialprescribing.referral.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.socialprescribing.feed.ChangeFeed;
import org.socialprescribing.referral.domain.ReferralSource;
import org.socialprescribing.referral.domain.ReferralStatus;
import org.socialprescribing.referral.domain.Urgency;

/**
 * What other features may know of a referral, read in their transaction through {@link
 * ReferralGate}. They change a referral only through the referral feature's own methods.
 */
public record ReferralFacts(
        UUID id,
        ReferralStatus status,
        String statusReason,
        String practiceOdsCode,
        String practiceName,
        String referrerName,
        Patient patient,
        String therapyCode,
        UUID practitionerId,
        String reason,
        Urgency urgency,
        boolean consentShareOutcomesWithGp,
        int consecutiveDidNotAttend,
        Instant createdAt,
        ReferralSource source) {

    /** The identifiers a GP system files a document against. */
    public record Patient(
            String nhsNumber,
            String givenName,
            String familyName,
            LocalDate birthDate,
            String postcode) {

        /** How the GP's inbox names the patient: "Sam Jones, NHS 9434765919". */
        public String label() {
            return givenName + " " + familyName + ", NHS " + nhsNumber;
        }
    }

    /** Where the referral's changes appear in the change feed. */
    public ChangeFeed.Origin origin() {
        return new ChangeFeed.Origin(id, practiceOdsCode, practitionerId);
    }
}
