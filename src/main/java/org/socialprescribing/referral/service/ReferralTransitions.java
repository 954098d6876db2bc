package org.socialprescribing.referral.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.socialprescribing.audit.AuditAction;
import org.socialprescribing.audit.AuditLog;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.error.ProblemType;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.common.time.UkTime;
import org.socialprescribing.common.web.ETags;
import org.socialprescribing.feed.ChangeEventType;
import org.socialprescribing.feed.ChangeFeed;
import org.socialprescribing.observability.metrics.DomainMetrics;
import org.socialprescribing.referral.api.ActionRequests;
import org.socialprescribing.referral.api.ReferralView;
import org.socialprescribing.referral.domain.ReferralAction;
import org.socialprescribing.referral.domain.ReferralLifecycle;
import org.socialprescribing.referral.domain.ReferralStatus;
import org.socialprescribing.referral.persistence.Referral;
import org.socialprescribing.referral.persistence.ReferralEventRepository;
import org.socialprescribing.referral.persistence.ReferralRepository;

/**
 * Moves referrals through the lifecycle: the actions a party asks for, and those that follow from
 * something else a party did (an attended session starts treatment; sending the letter completes
 * the referral or ends it early). {@link ReferralLifecycle} decides what is allowed.
 */
@ApplicationScoped
public class ReferralTransitions {
    private final ReferralRepository referrals;
    private final ReferralEventRepository events;
    private final PractitionerChecks practitionerChecks;
    private final ReferralAccess access;
    private final ReferralGate gate;
    private final AuditLog audit;
    private final ChangeFeed feed;
    private final Event<ReferralFinished> finished;
    private final Clock clock;
    private final DomainMetrics metrics;

    public ReferralTransitions(
            ReferralRepository referrals,
            ReferralEventRepository events,
            PractitionerChecks practitionerChecks,
            ReferralAccess access,
            ReferralGate gate,
            AuditLog audit,
            ChangeFeed feed,
            Event<ReferralFinished> finished,
            Clock clock,
            DomainMetrics metrics) {
        this.referrals = referrals;
        this.events = events;
        this.practitionerChecks = practitionerChecks;
        this.access = access;
        this.gate = gate;
        this.audit = audit;
        this.feed = feed;
        this.finished = finished;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Transactional
    public ReferralView assign(
            Caller caller, UUID id, String ifMatch, ActionRequests.Assign request) {
        return transition(
                caller,
                id,
                ifMatch,
                ReferralAction.ASSIGN,
                referral -> {
                    boolean delegation = Boolean.TRUE.equals(request.delegationAccepted());
                    String therapy =
                            practitionerChecks.requireAssignable(
                                    request.practitionerId(),
                                    request.therapyCode() != null
                                            ? request.therapyCode()
                                            : referral.therapyCode,
                                    delegation);
                    referral.practitionerId = request.practitionerId();
                    referral.therapyCode = therapy;
                    referral.delegationAccepted = delegation;
                    referral.sentAt = UkTime.now(clock);
                    return new StatusNote(null, request.comment());
                });
    }

    @Transactional
    public ReferralView accept(Caller caller, UUID id, String ifMatch, ActionRequests.Note note) {
        return transition(
                caller,
                id,
                ifMatch,
                ReferralAction.ACCEPT,
                referral -> new StatusNote(null, note == null ? null : note.comment()));
    }

    @Transactional
    public ReferralView decline(
            Caller caller, UUID id, String ifMatch, ActionRequests.Decline request) {
        return transition(
                caller,
                id,
                ifMatch,
                ReferralAction.DECLINE,
                referral -> new StatusNote(request.reasonCode().name(), request.comment()));
    }

    @Transactional
    public ReferralView cancel(
            Caller caller, UUID id, String ifMatch, ActionRequests.Cancel request) {
        return transition(
                caller,
                id,
                ifMatch,
                ReferralAction.CANCEL,
                referral -> new StatusNote(null, request.reason()));
    }

    /**
     * Moves the referral on as a consequence of something else the caller did. The table still
     * decides: an action it does not allow from the current status is a 409.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReferralFacts advance(
            Caller caller, UUID id, ReferralAction action, String reasonCode, String comment) {
        Referral referral = referrals.findById(id);
        requireAllowed(referral, action);
        apply(caller, referral, action, new StatusNote(reasonCode, comment));
        return ReferralMapper.facts(referral);
    }

    /** The reason code and comment a status change leaves on the referral and in its history. */
    private record StatusNote(String reasonCode, String comment) {}

    /** What an action does beyond changing the status; runs once the action is allowed. */
    @FunctionalInterface
    private interface Effect {
        StatusNote apply(Referral referral);
    }

    /**
     * Every status change a party asks for goes through here, checked in a fixed order: the record
     * is visible (else 404), the caller stands on the side that owns the action (403), the ETag is
     * current (428/412), the table allows it from the current status (409), then the action's own
     * rules.
     */
    private ReferralView transition(
            Caller caller, UUID id, String ifMatch, ReferralAction action, Effect effect) {
        Referral referral = gate.party(caller, id, ReferralLifecycle.of(action).side());
        ETags.requireMatch(ifMatch, referral.version);
        requireAllowed(referral, action);
        apply(caller, referral, action, effect.apply(referral));
        return ReferralMapper.view(referral, access.sides(caller, referral));
    }

    private static void requireAllowed(Referral referral, ReferralAction action) {
        ReferralLifecycle.Transition transition = ReferralLifecycle.of(action);
        if (!transition.startsFrom(referral.status)) {
            throw new DomainException(
                    ProblemType.ILLEGAL_TRANSITION,
                    "A referral that is "
                            + referral.status
                            + " does not allow "
                            + action.historyName()
                            + transition
                                    .whyNotFrom(referral.status)
                                    .map(why -> ": " + why)
                                    .orElse(""),
                    referral.status.name());
        }
    }

    private void apply(Caller caller, Referral referral, ReferralAction action, StatusNote note) {
        ReferralStatus from = referral.status;
        Instant sentAt = referral.sentAt;
        referral.status = ReferralLifecycle.of(action).to();
        notePassed(referral, action, from);
        referral.statusReason = note.reasonCode();
        referral.statusComment = note.comment();
        referral.updatedAt = UkTime.now(clock);
        referrals.flush();
        var event =
                ReferralHistory.entry(
                        caller,
                        referral,
                        action.historyName(),
                        from,
                        note.reasonCode(),
                        note.comment());
        if (action == ReferralAction.ACCEPT || action == ReferralAction.DECLINE) {
            event.responseSeconds = Duration.between(sentAt, referral.updatedAt).toSeconds();
            events.persistResponse(event, referral.createdAt);
        } else {
            events.persist(event);
        }
        feed.publish(
                ChangeEventType.REFERRAL_STATUS_CHANGED, ReferralMapper.origin(referral), null);
        audit.record(caller, AuditAction.REFERRAL_UPDATED, referral.id);
        metrics.transition(action.historyName());
        if (referral.status.isFinished()) {
            finished.fire(new ReferralFinished(ReferralMapper.facts(referral)));
        }
    }

    /** Marks the milestones the activity report counts, once passed never unmarked. */
    private static void notePassed(Referral referral, ReferralAction action, ReferralStatus from) {
        switch (action) {
            case ASSIGN -> referral.wasTriaged |= from == ReferralStatus.AWAITING_TRIAGE;
            case ACCEPT -> referral.wasAccepted = true;
            case DECLINE -> referral.wasDeclined = true;
            case START_TREATMENT -> referral.wasStarted = true;
            default -> {}
        }
    }
}
