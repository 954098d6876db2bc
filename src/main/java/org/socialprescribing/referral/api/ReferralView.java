package org.socialprescribing.referral.api;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.socialprescribing.referral.domain.ConditionCategory;
import org.socialprescribing.referral.domain.ReferralSource;
import org.socialprescribing.referral.domain.ReferralStatus;
import org.socialprescribing.referral.domain.Urgency;

/** A referral as its parties see it, with the actions open to the caller now. */
public record ReferralView(
        @NotNull UUID id,
        @NotNull UUID conversationId,
        @NotNull ReferralStatus status,
        @Schema(description = "The coded reason of the latest status change, if it had one")
                String statusReason,
        String statusComment,
        @NotNull
                @Schema(
                        description =
                                "Actions the caller may take now, e.g. accept, decline, cancel")
                List<String> allowedActions,
        @NotNull String practiceOdsCode,
        @NotNull Referrer referrer,
        @NotNull Patient patient,
        @NotNull List<Condition> conditions,
        String therapyCode,
        UUID practitionerId,
        @NotNull String reason,
        String goals,
        String clinicalSummary,
        @NotNull List<String> medications,
        @NotNull List<String> redFlags,
        @NotNull Urgency urgency,
        @NotNull Consent consent,
        @NotNull boolean delegationAccepted,
        @NotNull @Schema(description = "Did-not-attends in a row since the last attended session")
                int consecutiveDidNotAttend,
        @NotNull @Schema(description = "True after two or more did-not-attends in a row")
                boolean attendanceConcern,
        @NotNull long version,
        Instant sentAt,
        @NotNull Instant createdAt,
        @NotNull Instant updatedAt,
        @NotNull @Schema(description = "The route in") ReferralSource source) {

    @Schema(name = "ReferralReferrer")
    public record Referrer(
            @NotNull String name,
            String professionalCode,
            @Schema(description = "For a referral from another professional or an organisation")
                    String role) {}

    @Schema(name = "ReferralPatient")
    public record Patient(
            @NotNull String nhsNumber,
            @NotNull String givenName,
            @NotNull String familyName,
            @NotNull LocalDate birthDate,
            String postcode,
            String phone,
            String email,
            String interpreterLanguage) {}

    @Schema(name = "ReferralCondition")
    public record Condition(
            @NotNull String text, String snomedCode, @NotNull ConditionCategory category) {}

    @Schema(name = "ReferralConsent")
    public record Consent(@NotNull boolean referralAgreed, @NotNull boolean shareOutcomesWithGp) {}
}
