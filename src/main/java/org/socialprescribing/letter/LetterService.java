package org.socialprescribing.letter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.socialprescribing.audit.AuditAction;
import org.socialprescribing.audit.AuditLog;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.error.InvalidFields;
import org.socialprescribing.common.error.Problem;
import org.socialprescribing.common.error.ProblemType;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.directory.practitioner.Practitioner;
import org.socialprescribing.directory.practitioner.PractitionerRepository;
import org.socialprescribing.directory.practitioner.Register;
import org.socialprescribing.directory.therapy.TherapyRepository;
import org.socialprescribing.feed.ChangeEventType;
import org.socialprescribing.feed.ChangeFeed;
import org.socialprescribing.inbox.Inbox;
import org.socialprescribing.inbox.InboxKind;
import org.socialprescribing.letter.LetterContent.LetterStatus;
import org.socialprescribing.referral.domain.ReferralAction;
import org.socialprescribing.referral.domain.ReferralStatus;
import org.socialprescribing.referral.domain.Side;
import org.socialprescribing.referral.persistence.Referral;
import org.socialprescribing.referral.service.ReferralService;
import org.socialprescribing.treatment.outcome.OutcomeService;
import org.socialprescribing.treatment.session.SessionService;

/**
 * The treatment-summary letter: drafted by the practitioner over the facts the API already holds,
 * sent to the referring practice's inbox, and the only way a referral that reached a practitioner
 * is completed or ended early.
 */
@ApplicationScoped
public class LetterService {
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final EntityManager entityManager;
    private final ReferralService referrals;
    private final SessionService sessions;
    private final OutcomeService outcomes;
    private final PractitionerRepository practitioners;
    private final TherapyRepository therapies;
    private final Inbox inbox;
    private final ChangeFeed feed;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;

    public LetterService(
            EntityManager entityManager,
            ReferralService referrals,
            SessionService sessions,
            OutcomeService outcomes,
            PractitionerRepository practitioners,
            TherapyRepository therapies,
            Inbox inbox,
            ChangeFeed feed,
            AuditLog audit,
            ObjectMapper json,
            Clock clock) {
        this.entityManager = entityManager;
        this.referrals = referrals;
        this.sessions = sessions;
        this.outcomes = outcomes;
        this.practitioners = practitioners;
        this.therapies = therapies;
        this.inbox = inbox;
        this.feed = feed;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** The letter and whether this call created it. */
    public record Drafted(LetterContent letter, boolean created) {}

    /** Creates the draft, or changes it while it is still a draft. */
    @Transactional
    public Drafted draft(Caller caller, UUID referralId, LetterDraft draft) {
        Referral referral = referrals.forParty(caller, referralId, Side.PERFORMER);
        Optional<TreatmentLetter> existing = letterOf(referral.id);
        existing.filter(l -> l.status == LetterStatus.SENT)
                .ifPresent(
                        l -> {
                            throw new DomainException(
                                    ProblemType.LETTER_ALREADY_SENT,
                                    "The letter was sent on "
                                            + l.sentAt
                                            + " and can no longer change");
                        });
        TreatmentLetter letter = existing.orElseGet(() -> newLetter(referral));
        letter.summaryOfTreatment = draft.summaryOfTreatment();
        letter.response = draft.response();
        letter.adviceGiven = draft.adviceGiven();
        letter.recommendation = draft.recommendation();
        letter.recommendationDetail = draft.recommendationDetail();
        letter.safetyConcerns = draft.safetyConcerns();
        letter.endsEarly = Boolean.TRUE.equals(draft.endsEarly());
        letter.endReason = draft.endReason();
        letter.updatedAt = now();
        if (existing.isEmpty()) {
            entityManager.persist(letter);
        }
        audit.record(caller, AuditAction.LETTER_WRITTEN, referral.id);
        return new Drafted(compose(referral, letter), existing.isEmpty());
    }

    /**
     * Sends the draft: the referral is completed (or ended early, as the draft says), the letter is
     * fixed as sent, and it reaches the practice's inbox, urgent if it reports safety concerns.
     */
    @Transactional
    public LetterContent send(Caller caller, UUID referralId) {
        Referral referral = referrals.forParty(caller, referralId, Side.PERFORMER);
        TreatmentLetter letter =
                letterOf(referral.id)
                        .orElseThrow(
                                () ->
                                        new DomainException(
                                                ProblemType.LETTER_REQUIRED,
                                                "Draft the letter first: POST /api/v1/referrals/"
                                                        + referral.id
                                                        + "/letter"));
        if (letter.status == LetterStatus.SENT) {
            throw new DomainException(
                    ProblemType.LETTER_ALREADY_SENT, "The letter was sent on " + letter.sentAt);
        }
        requireReadyToSend(letter);
        if (!letter.endsEarly && referral.status == ReferralStatus.ACCEPTED) {
            throw new DomainException(
                    ProblemType.ILLEGAL_TRANSITION,
                    "No session has been attended, so the course cannot be complete: send the letter"
                            + " as ending early (endsEarly with an endReason)",
                    referral.status.name());
        }
        ReferralAction ending =
                letter.endsEarly ? ReferralAction.END_EARLY : ReferralAction.COMPLETE;
        referrals.advance(
                caller,
                referral,
                ending,
                letter.endsEarly ? letter.endReason.name() : null,
                "Treatment-summary letter sent");
        letter.status = LetterStatus.SENT;
        letter.sentAt = now();
        letter.updatedAt = letter.sentAt;
        LetterContent sent = compose(referral, letter);
        letter.sentContent = write(sent);
        boolean urgent = letter.safetyConcerns != null && !letter.safetyConcerns.isBlank();
        inbox.deliver(
                referral.practice.odsCode,
                referral.id,
                InboxKind.LETTER,
                letter.id,
                urgent,
                "Treatment summary"
                        + (urgent ? " with safety concerns" : "")
                        + ": "
                        + referral.patient.label()
                        + (sent.therapyName() == null ? "" : " (" + sent.therapyName() + ")"));
        feed.publish(ChangeEventType.LETTER_SENT, ReferralService.origin(referral), letter.id);
        audit.record(caller, AuditAction.LETTER_SENT, referral.id);
        return sent;
    }

    /** The practitioner reads its draft or the sent letter; everyone else only a sent letter. */
    @Transactional
    public LetterContent read(Caller caller, UUID referralId) {
        Referral referral = referrals.forReader(caller, referralId);
        boolean author = referrals.sides(caller, referral).contains(Side.PERFORMER);
        TreatmentLetter letter =
                letterOf(referral.id)
                        .filter(l -> author || l.status == LetterStatus.SENT)
                        .orElseThrow(
                                () ->
                                        DomainException.notFound(
                                                "A treatment-summary letter for referral "
                                                        + referral.id));
        audit.record(caller, AuditAction.LETTER_READ, referral.id);
        return letter.status == LetterStatus.SENT
                ? read(letter.sentContent)
                : compose(referral, letter);
    }

    /** The letter by its own id, to whoever may read its referral's letter (else 404). */
    @Transactional
    public LetterContent readLetter(Caller caller, UUID letterId) {
        UUID referralId =
                Optional.ofNullable(entityManager.find(TreatmentLetter.class, letterId))
                        .map(letter -> letter.referralId)
                        .orElseThrow(
                                () ->
                                        DomainException.notFound(
                                                "Treatment-summary letter " + letterId));
        return read(caller, referralId);
    }

    private void requireReadyToSend(TreatmentLetter letter) {
        List<Problem.FieldError> missing = new ArrayList<>();
        if (letter.summaryOfTreatment == null || letter.summaryOfTreatment.isBlank()) {
            missing.add(
                    new Problem.FieldError("summaryOfTreatment", "is needed to send the letter"));
        }
        if (letter.recommendation == null) {
            missing.add(new Problem.FieldError("recommendation", "is needed to send the letter"));
        }
        if (letter.endsEarly && letter.endReason == null) {
            missing.add(
                    new Problem.FieldError("endReason", "is needed when the course ends early"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidFields("The draft is not ready to send", missing);
        }
    }

    /** The letter's facts, as the API holds them now, with the practitioner's narrative. */
    private LetterContent compose(Referral referral, TreatmentLetter letter) {
        Practitioner practitioner = practitioners.findById(referral.practitionerId);
        LocalDate today = LocalDate.now(clock.withZone(UK));
        LetterContent.Course course = sessions.course(referral);
        return new LetterContent(
                letter.id,
                referral.id,
                letter.status,
                letter.sentAt,
                new LetterContent.Addressee(
                        referral.practice.odsCode, referral.practice.name, referral.referrerName),
                new LetterContent.PatientIdentity(
                        referral.patient.nhsNumber,
                        referral.patient.givenName,
                        referral.patient.familyName,
                        referral.patient.birthDate,
                        referral.patient.postcode),
                new LetterContent.Author(
                        practitioner.id,
                        practitioner.displayName,
                        practitioner.regulationStatus(today).name(),
                        practitioner.registrations.stream()
                                .map(
                                        r ->
                                                new LetterContent.RegistrationLine(
                                                        r.register == Register.OTHER
                                                                ? r.registerName
                                                                : r.register.fullName(),
                                                        r.number,
                                                        r.expiresOn,
                                                        r.isCurrent(today)))
                                .toList()),
                referral.therapyCode == null
                        ? null
                        : therapies
                                .findByIdOptional(referral.therapyCode)
                                .map(t -> t.name)
                                .orElse(null),
                referral.reason,
                referral.createdAt.atZone(UK).toLocalDate(),
                new LetterContent.Course(
                        course.sessionsOffered(),
                        course.sessionsAttended(),
                        course.didNotAttend(),
                        course.cancelledByPatient(),
                        course.cancelledByPractitioner(),
                        course.firstSession(),
                        course.lastSession(),
                        letter.endsEarly,
                        letter.endsEarly && letter.endReason != null
                                ? letter.endReason.name()
                                : null),
                outcomes.forLetter(referral),
                new LetterContent.Narrative(
                        letter.summaryOfTreatment,
                        letter.response,
                        letter.adviceGiven,
                        letter.recommendation,
                        letter.recommendationDetail,
                        letter.safetyConcerns));
    }

    private TreatmentLetter newLetter(Referral referral) {
        TreatmentLetter letter = new TreatmentLetter();
        letter.id = UUID.randomUUID();
        letter.referralId = referral.id;
        letter.status = LetterStatus.DRAFT;
        letter.createdAt = now();
        return letter;
    }

    private Optional<TreatmentLetter> letterOf(UUID referralId) {
        return entityManager
                .createQuery(
                        "from TreatmentLetter l where l.referralId = :referral",
                        TreatmentLetter.class)
                .setParameter("referral", referralId)
                .getResultStream()
                .findFirst();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private String write(LetterContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot keep the sent letter", e);
        }
    }

    private LetterContent read(String content) {
        try {
            return json.readValue(content, LetterContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the sent letter is unreadable", e);
        }
    }
}
