package org.socialprescribing.letter;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Everything a treatment-summary letter says, in the order the GP reads it (PRSB "message back to
 * the GP": what was offered, what was taken up, outcomes). Served as JSON and rendered as the PDF.
 * The facts are filled in by the service; the narrative is the practitioner's.
 */
public record LetterContent(
        UUID letterId,
        UUID referralId,
        LetterStatus status,
        Instant sentAt,
        Addressee addressee,
        PatientIdentity patient,
        Author author,
        String therapyName,
        String referralReason,
        LocalDate referredOn,
        Course course,
        Outcomes outcomes,
        Narrative narrative) {

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
    public record Addressee(String practiceOdsCode, String practiceName, String referrerName) {}

    /** The identifiers the GP system files the letter against. */
    public record PatientIdentity(
            String nhsNumber,
            String givenName,
            String familyName,
            LocalDate birthDate,
            String postcode) {}

    /** Who writes, and what assures their practice (their registrations, current or not). */
    public record Author(
            UUID practitionerId,
            String name,
            String regulationStatus,
            List<RegistrationLine> registrations) {}

    public record RegistrationLine(
            String register, String number, LocalDate expiresOn, boolean current) {}

    /**
     * What was offered and taken up. {@code endedEarly} with its reason when the course ended
     * early.
     */
    public record Course(
            int sessionsOffered,
            int sessionsAttended,
            int didNotAttend,
            int cancelledByPatient,
            int cancelledByPractitioner,
            LocalDate firstSession,
            LocalDate lastSession,
            boolean endedEarly,
            String endReason) {}

    /**
     * Outcome measures, baseline to end. When the patient did not consent to outcomes being shared
     * with the GP, {@code shared} is false, {@code lines} is empty and {@code note} says so.
     */
    public record Outcomes(boolean shared, String note, List<OutcomeLine> lines) {}

    /** One score of one measure: e.g. PHQ-9 total 14 to 6, change -8, a meaningful improvement. */
    public record OutcomeLine(
            String measure,
            String score,
            BigDecimal baseline,
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
