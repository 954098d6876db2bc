package org.socialprescribing.letter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
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
import org.socialprescribing.common.id.TimeOrderedIds;
import org.socialprescribing.common.json.JsonText;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.common.time.UkTime;
import org.socialprescribing.feed.ChangeEventType;
import org.socialprescribing.feed.ChangeFeed;
import org.socialprescribing.inbox.Inbox;
import org.socialprescribing.inbox.InboxKind;
import org.socialprescribing.letter.LetterContent.LetterStatus;
import org.socialprescribing.observability.metrics.DomainMetrics;
import org.socialprescribing.referral.domain.ReferralAction;
import org.socialprescribing.referral.domain.ReferralSource;
import org.socialprescribing.referral.domain.Side;
import org.socialprescribing.referral.service.ReferralFacts;
import org.socialprescribing.referral.service.ReferralGate;
import org.socialprescribing.referral.service.ReferralTransitions;

/**
 * The treatment-summary letter: drafted by the practitioner over the facts the API already holds,
 * sent to the referring practice's inbox, and the only way a referral that reached a practitioner
 * is completed or ended early.
 */
@ApplicationScoped
public class LetterService {
    private final TreatmentLetterRepository letters;
    private final LetterComposer composer;
    private final ReferralGate referrals;
    private final ReferralTransitions transitions;
    private final Inbox inbox;
    private final ChangeFeed feed;
    private final AuditLog audit;
    private final JsonText json;
    private final Clock clock;
    private final DomainMetrics metrics;

    public LetterService(
            TreatmentLetterRepository letters,
            LetterComposer composer,
            ReferralGate referrals,
            ReferralTransitions transitions,
            Inbox inbox,
            ChangeFeed feed,
            AuditLog audit,
            JsonText json,
            Clock clock,
            DomainMetrics metrics) {
        this.letters = letters;
        this.composer = composer;
        this.referrals = referrals;
        this.transitions = transitions;
        this.inbox = inbox;
        this.feed = feed;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** The letter and whether this call created it. */
    public record Drafted(LetterContent letter, boolean created) {}

    /** Creates the draft, or changes it while it is still a draft. */
    @Transactional
    public Drafted draft(Caller caller, UUID referralId, LetterDraft draft) {
        ReferralFacts referral = referrals.forParty(caller, referralId, Side.PERFORMER);
        Optional<TreatmentLetter> existing = letters.ofReferral(referral.id());
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
        letter.updatedAt = UkTime.now(clock);
        if (existing.isEmpty()) {
            letters.persist(letter);
        }
        audit.record(caller, AuditAction.LETTER_WRITTEN, referral.id());
        return new Drafted(composer.compose(referral, letter), existing.isEmpty());
    }

    /**
     * Sends the draft: the referral is completed (or ended early, as the draft says), the letter is
     * fixed as sent, and it reaches the practice's inbox, urgent if it reports safety concerns.
     */
    @Transactional
    public LetterContent send(Caller caller, UUID referralId) {
        ReferralFacts referral = referrals.forParty(caller, referralId, Side.PERFORMER);
        TreatmentLetter letter =
                letters.ofReferral(referral.id())
                        .orElseThrow(
                                () ->
                                        new DomainException(
                                                ProblemType.LETTER_REQUIRED,
                                                "Draft the letter first: POST /api/v1/referrals/"
                                                        + referral.id()
                                                        + "/letter"));
        if (letter.status == LetterStatus.SENT) {
            throw new DomainException(
                    ProblemType.LETTER_ALREADY_SENT, "The letter was sent on " + letter.sentAt);
        }
        requireReadyToSend(letter);
        ReferralFacts ended =
                transitions.advance(
                        caller,
                        referral.id(),
                        letter.endsEarly ? ReferralAction.END_EARLY : ReferralAction.COMPLETE,
                        letter.endsEarly ? letter.endReason.name() : null,
                        "Treatment-summary letter sent");
        letter.status = LetterStatus.SENT;
        letter.sentAt = UkTime.now(clock);
        letter.updatedAt = letter.sentAt;
        LetterContent sent = composer.compose(ended, letter);
        letter.sentContent = json.write(sent);
        deliver(ended, letter, sent);
        audit.record(caller, AuditAction.LETTER_SENT, referral.id());
        metrics.letterSent();
        return sent;
    }

    /** The practitioner reads its draft or the sent letter; everyone else only a sent letter. */
    @Transactional
    public LetterContent read(Caller caller, UUID referralId) {
        ReferralFacts referral = referrals.forReader(caller, referralId);
        boolean author = referrals.sides(caller, referral.id()).contains(Side.PERFORMER);
        TreatmentLetter letter =
                letters.ofReferral(referral.id())
                        .filter(l -> author || l.status == LetterStatus.SENT)
                        .orElseThrow(
                                () ->
                                        DomainException.notFound(
                                                "A treatment-summary letter for referral "
                                                        + referral.id()));
        audit.record(caller, AuditAction.LETTER_READ, referral.id());
        return letter.status == LetterStatus.SENT
                ? json.read(letter.sentContent, LetterContent.class)
                : composer.compose(referral, letter);
    }

    /** The letter by its own id, to whoever may read its referral's letter (else 404). */
    @Transactional
    public LetterContent readLetter(Caller caller, UUID letterId) {
        UUID referralId =
                letters.findByIdOptional(letterId)
                        .map(letter -> letter.referralId)
                        .orElseThrow(
                                () ->
                                        DomainException.notFound(
                                                "Treatment-summary letter " + letterId));
        try {
            return read(caller, referralId);
        } catch (DomainException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                // Named by the letter asked for, never by the referral it belongs to.
                throw DomainException.notFound("Treatment-summary letter " + letterId);
            }
            throw e;
        }
    }

    /**
     * Into the practice's inbox, urgent if it reports safety concerns, and onto the feed. A
     * referral that did not come from the practice (a self-referral, another professional's)
     * reaches the patient's GP only when the patient consented to sharing.
     */
    private void deliver(ReferralFacts referral, TreatmentLetter letter, LetterContent sent) {
        feed.publish(ChangeEventType.LETTER_SENT, referral.origin(), letter.id);
        if (referral.source() != ReferralSource.GP_PRACTICE
                && !referral.consentShareOutcomesWithGp()) {
            return;
        }
        boolean urgent = letter.safetyConcerns != null && !letter.safetyConcerns.isBlank();
        inbox.deliver(
                referral.practiceOdsCode(),
                referral.id(),
                InboxKind.LETTER,
                letter.id,
                urgent,
                "Treatment summary"
                        + (urgent ? " with safety concerns" : "")
                        + ": "
                        + referral.patient().label()
                        + (sent.therapyName() == null ? "" : " (" + sent.therapyName() + ")"));
    }

    private static void requireReadyToSend(TreatmentLetter letter) {
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

    private TreatmentLetter newLetter(ReferralFacts referral) {
        TreatmentLetter letter = new TreatmentLetter();
        letter.id = TimeOrderedIds.next();
        letter.referralId = referral.id();
        letter.status = LetterStatus.DRAFT;
        letter.createdAt = UkTime.now(clock);
        return letter;
    }
}
