package org.socialprescribing.letter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.socialprescribing.common.time.UkTime;
import org.socialprescribing.directory.practitioner.Practitioner;
import org.socialprescribing.directory.practitioner.PractitionerRepository;
import org.socialprescribing.directory.practitioner.Registration;
import org.socialprescribing.directory.register.Register;
import org.socialprescribing.directory.therapy.TherapyRepository;
import org.socialprescribing.evidence.EvidenceService;
import org.socialprescribing.evidence.ExperienceAnswer;
import org.socialprescribing.referral.service.ReferralFacts;
import org.socialprescribing.treatment.outcome.OutcomeApi.ScoreChange;
import org.socialprescribing.treatment.outcome.OutcomeService;
import org.socialprescribing.treatment.session.Course;
import org.socialprescribing.treatment.session.SessionService;

/**
 * Puts the letter together: the facts as the API holds them now (who, what was offered and taken
 * up, the outcomes the patient agreed to share) around the practitioner's narrative.
 */
@ApplicationScoped
public class LetterComposer {
    private final SessionService sessions;
    private final OutcomeService outcomes;
    private final PractitionerRepository practitioners;
    private final TherapyRepository therapies;
    private final EvidenceService evidence;
    private final Clock clock;

    public LetterComposer(
            SessionService sessions,
            OutcomeService outcomes,
            PractitionerRepository practitioners,
            TherapyRepository therapies,
            EvidenceService evidence,
            Clock clock) {
        this.sessions = sessions;
        this.outcomes = outcomes;
        this.practitioners = practitioners;
        this.therapies = therapies;
        this.evidence = evidence;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public LetterContent compose(ReferralFacts referral, TreatmentLetter letter) {
        ReferralFacts.Patient patient = referral.patient();
        return new LetterContent(
                letter.id,
                referral.id(),
                letter.status,
                letter.sentAt,
                new LetterContent.Addressee(
                        referral.practiceOdsCode(),
                        referral.practiceName(),
                        referral.referrerName()),
                new LetterContent.PatientIdentity(
                        patient.nhsNumber(),
                        patient.givenName(),
                        patient.familyName(),
                        patient.birthDate(),
                        patient.postcode()),
                author(practitioners.findById(referral.practitionerId())),
                therapyName(referral.therapyCode()),
                referral.reason(),
                UkTime.dayOf(referral.createdAt()),
                course(sessions.course(referral.id()), letter),
                outcomes(referral),
                new LetterContent.Narrative(
                        letter.summaryOfTreatment,
                        letter.response,
                        letter.adviceGiven,
                        letter.recommendation,
                        letter.recommendationDetail,
                        letter.safetyConcerns));
    }

    /** Who writes, and what assures their practice today. */
    private LetterContent.Author author(Practitioner practitioner) {
        LocalDate today = UkTime.today(clock);
        return new LetterContent.Author(
                practitioner.id,
                practitioner.displayName,
                practitioner.regulationStatus(today).name(),
                practitioner.registrations.stream().map(r -> registration(r, today)).toList());
    }

    private static LetterContent.RegistrationLine registration(Registration r, LocalDate today) {
        return new LetterContent.RegistrationLine(
                r.register == Register.OTHER ? r.registerName : r.register.fullName(),
                r.number,
                r.expiresOn,
                r.isCurrent(today));
    }

    private String therapyName(String therapyCode) {
        return therapyCode == null
                ? null
                : therapies.findByIdOptional(therapyCode).map(t -> t.name).orElse(null);
    }

    private static LetterContent.Course course(Course course, TreatmentLetter letter) {
        return new LetterContent.Course(
                course.sessionsOffered(),
                course.sessionsAttended(),
                course.didNotAttend(),
                course.cancelledByPatient(),
                course.cancelledByPractitioner(),
                course.firstSession(),
                course.lastSession(),
                letter.endsEarly,
                letter.endsEarly && letter.endReason != null ? letter.endReason.name() : null);
    }

    /** Baseline to end and the patient's experience answer, or the consent note in their place. */
    private LetterContent.Outcomes outcomes(ReferralFacts referral) {
        if (!referral.consentShareOutcomesWithGp()) {
            return new LetterContent.Outcomes(false, OutcomeService.NOT_SHARED, List.of(), null);
        }
        List<LetterContent.OutcomeLine> lines =
                outcomes.changes(referral.id()).stream().map(LetterComposer::line).toList();
        return new LetterContent.Outcomes(
                true,
                lines.isEmpty() ? "No outcome measures were recorded." : null,
                lines,
                evidence.experience(referral.id()).map(ExperienceAnswer::words).orElse(null));
    }

    private static LetterContent.OutcomeLine line(ScoreChange change) {
        return new LetterContent.OutcomeLine(
                change.measure().displayName(),
                change.score(),
                change.baseline(),
                change.latest(),
                change.change(),
                change.meaningfulImprovement());
    }
}
