package org.socialprescribing.referral.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.socialprescribing.referral.domain.ConditionCategory;
import org.socialprescribing.referral.domain.ReferralStatus;
import org.socialprescribing.referral.domain.Urgency;

/** A referral as its parties see it, with the actions open to the caller now. */
public record ReferralView(
        UUID id,
        UUID conversationId,
        ReferralStatus status,
        @Schema(description = "The coded reason of the latest status change, if it had one")
                String statusReason,
        String statusComment,
        @Schema(description = "Actions the caller may take now, e.g. accept, decline, cancel")
                List<String> allowedActions,
        String practiceOdsCode,
        Referrer referrer,
        Patient patient,
        List<Condition> conditions,
        String therapyCode,
        UUID practitionerId,
        String reason,
        String goals,
        String clinicalSummary,
        List<String> medications,
        List<String> redFlags,
        Urgency urgency,
        Consent consent,
        boolean delegationAccepted,
        @Schema(description = "Did-not-attends in a row since the last attended session")
                int consecutiveDidNotAttend,
        @Schema(description = "True after two or more did-not-attends in a row")
                boolean attendanceConcern,
        long version,
        Instant sentAt,
        Instant createdAt,
        Instant updatedAt) {

    public record Referrer(String name, String professionalCode) {}

    public record Patient(
            String nhsNumber,
            String givenName,
            String familyName,
            LocalDate birthDate,
            String postcode,
            String phone,
            String email,
            String interpreterLanguage) {}

    public record Condition(String text, String snomedCode, ConditionCategory category) {}

    public record Consent(boolean referralAgreed, boolean shareOutcomesWithGp) {}
}
