package org.socialprescribing.letter;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything a treatment-summary letter says, in the order the GP reads it (PRSB "message back to
 * the GP": what was offered, what was taken up, outcomes). Served as JSON and rendered as the PDF.
 * The facts are filled in by the service; the narrative is the practitioner's.
 */
public record LetterContent(
        @NotNull UUID letterId,
        @NotNull UUID referralId,
        @NotNull LetterStatus status,
        Instant sentAt,
        @NotNull Addressee addressee,
        @NotNull PatientIdentity patient,
        @NotNull Author author,
        String therapyName,
        @NotNull String referralReason,
        @NotNull LocalDate referredOn,
        @NotNull Course course,
        @NotNull Outcomes outcomes,
        @NotNull Narrative narrative) {

    public enum LetterStatus {
        DRAFT,
        SENT
    }

    /** What the practitioner recommends to the GP. */
    public enum Recommendation {
        CONTINUE,
        STOP,
        REFER_ELSEWHERE
    }

    /** The referring practice and GP. */
    public record Addressee(
            @NotNull String practiceOdsCode,
            @NotNull String practiceName,
            @NotNull String referrerName) {}

    /** The identifiers the GP system files the letter against. */
    public record PatientIdentity(
            @NotNull String nhsNumber,
            @NotNull String givenName,
            @NotNull String familyName,
            @NotNull LocalDate birthDate,
            String postcode) {}

    /** Who writes, and what assures their practice (their registrations, current or not). */
    public record Author(
            @NotNull UUID practitionerId,
            @NotNull String name,
            @NotNull String regulationStatus,
            @NotNull List<RegistrationLine> registrations) {}

    public record RegistrationLine(
            @NotNull String register,
            @NotNull String number,
            @NotNull LocalDate expiresOn,
            @NotNull boolean current) {}

    /**
     * What was offered and taken up. {@code endedEarly} with its reason when the course ended
     * early.
     */
    @Schema(name = "LetterCourse")
    public record Course(
            @NotNull int sessionsOffered,
            @NotNull int sessionsAttended,
            @NotNull int didNotAttend,
            @NotNull int cancelledByPatient,
            @NotNull int cancelledByPractitioner,
            LocalDate firstSession,
            LocalDate lastSession,
            @NotNull boolean endedEarly,
            String endReason) {}

    /**
     * Outcome measures, baseline to end. When the patient did not consent to outcomes being shared
     * with the GP, {@code shared} is false, {@code lines} is empty and {@code note} says so, and
     * the patient's experience answer is left out too.
     */
    public record Outcomes(
            @NotNull boolean shared,
            String note,
            @NotNull List<OutcomeLine> lines,
            @Schema(
                            description =
                                    "The patient's answer to the Friends and Family Test question,"
                                            + " when recorded and shared (e.g. Very good)")
                    String patientExperience) {}

    /** One score of one measure: e.g. PHQ-9 total 14 to 6, change -8, a meaningful improvement. */
    public record OutcomeLine(
            @NotNull String measure,
            @NotNull String score,
            @NotNull BigDecimal baseline,
            BigDecimal end,
            BigDecimal change,
            Boolean meaningfulImprovement) {}

    /** The practitioner's own words. */
    public record Narrative(
            String summaryOfTreatment,
            String response,
            String adviceGiven,
            Recommendation recommendation,
            String recommendationDetail,
            String safetyConcerns) {}
}
