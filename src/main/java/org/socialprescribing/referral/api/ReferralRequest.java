package org.socialprescribing.referral.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.socialprescribing.common.nhs.ValidNhsNumber;
import org.socialprescribing.referral.domain.ConditionCategory;
import org.socialprescribing.referral.domain.ReferralSource;
import org.socialprescribing.referral.domain.Urgency;

/**
 * A new referral, as a GP system or link worker sends it, or as a link worker or practitioner
 * records a referral that came by another route (with the patient's registered practice).
 */
public record ReferralRequest(
        @NotNull
                @Pattern(regexp = "[A-Z0-9]{3,10}", message = "must be an ODS code such as A81001")
                @Schema(
                        description =
                                "The referring practice, or for another route the patient's"
                                        + " registered practice (told of the outcome when the"
                                        + " patient consents)")
                String practiceOdsCode,
        @NotNull @Valid Referrer referrer,
        @NotNull @Valid PatientDetails patient,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid ConditionDetails> conditions,
        @Schema(description = "Optional: the therapy asked for")
                @Pattern(regexp = "[A-Z][A-Z_]{1,39}")
                String therapyCode,
        @Schema(
                        description =
                                "Optional: the practitioner asked for; with neither, the referral awaits triage")
                UUID practitionerId,
        @NotBlank @Size(max = 2000) String reason,
        @Size(max = 2000) String goals,
        @Size(max = 4000) String clinicalSummary,
        @Size(max = 50) List<@NotBlank @Size(max = 500) String> medications,
        @Size(max = 50) List<@NotBlank @Size(max = 500) String> redFlags,
        @NotNull Urgency urgency,
        @NotNull @Valid Consent consent,
        @Schema(
                        description =
                                "The referrer accepts responsibility for referring to a practitioner with no current registration")
                Boolean delegationAccepted,
        @Schema(
                        description =
                                "The route in; default GP_PRACTICE. A GP records only GP_PRACTICE;"
                                        + " a practitioner only the other routes, to itself")
                ReferralSource source) {

    /** The route in, GP practice when none is given. */
    public ReferralSource sourceOrDefault() {
        return source == null ? ReferralSource.GP_PRACTICE : source;
    }

    public record Referrer(
            @NotBlank @Size(max = 200) String name,
            @Pattern(
                            regexp = "[A-Z0-9]{1,20}",
                            message = "must be a professional code such as G1234567")
                    String professionalCode,
            @Size(max = 100)
                    @Schema(
                            description =
                                    "The referrer's role (physiotherapist, community nurse,"
                                            + " charity support worker); required for"
                                            + " OTHER_NHS_PROFESSIONAL and VOLUNTARY_ORGANISATION."
                                            + " For a self-referral the referrer is who recorded it")
                    String role) {}

    public record PatientDetails(
            @NotNull @ValidNhsNumber String nhsNumber,
            @NotBlank @Size(max = 100) String givenName,
            @NotBlank @Size(max = 100) String familyName,
            @NotNull @Past LocalDate birthDate,
            @Pattern(
                            regexp = "[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}",
                            message = "must be a UK postcode")
                    String postcode,
            @Pattern(regexp = "\\+?[0-9 ]{7,20}", message = "must be a phone number") String phone,
            @jakarta.validation.constraints.Email @Size(max = 200) String email,
            @Size(max = 50) String interpreterLanguage) {}

    public record ConditionDetails(
            @NotBlank @Size(max = 500) String text,
            @Pattern(regexp = "\\d{6,18}", message = "must be a SNOMED CT concept id")
                    String snomedCode,
            @NotNull ConditionCategory category) {}

    public record Consent(
            @NotNull @AssertTrue(message = "the patient must agree to the referral")
                    Boolean referralAgreed,
            @NotNull Boolean shareOutcomesWithGp) {}
}
