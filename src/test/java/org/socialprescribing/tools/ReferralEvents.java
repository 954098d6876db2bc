package org.socialprescribing.tools;

import static org.socialprescribing.tools.HistoryWriter.Table.REFERRAL_EVENT;

import java.time.Instant;
import org.socialprescribing.common.security.Role;
import org.socialprescribing.referral.domain.ReferralAction;
import org.socialprescribing.referral.domain.ReferralLifecycle;
import org.socialprescribing.referral.domain.ReferralStatus;

/**
 * A referral's status changes, each taken from the lifecycle table exactly as ReferralService
 * applies it: allowed from the current status, by the side that owns the action, leading to the
 * table's status, and recorded as an event. What would happen after "now" is not told.
 */
final class ReferralEvents {
    private final HistoryWriter out;
    private final Instant now;

    ReferralEvents(HistoryWriter out, Instant now) {
        this.out = out;
        this.now = now;
    }

    /** The creation event: straight to a practitioner (SENT) or to triage (AWAITING_TRIAGE). */
    void create(StoryReferral referral, ReferralStatus first, Role role) {
        if (first != ReferralStatus.SENT && first != ReferralStatus.AWAITING_TRIAGE) {
            throw new IllegalStateException("a referral cannot be created " + first);
        }
        if (referral.createdAt.isAfter(now)) {
            throw new IllegalStateException("a referral cannot be created after now");
        }
        record(referral, referral.createdAt, "create", first, role, null, null, null);
        referral.status = first;
        referral.updatedAt = referral.createdAt;
        referral.changes++;
    }

    /** A practitioner's action; false, and nothing told, if it would happen after "now". */
    boolean byPerformer(
            StoryReferral referral,
            Instant at,
            ReferralAction action,
            String reason,
            String comment,
            Long responseSeconds) {
        return take(referral, at, action, Role.PRACTITIONER, reason, comment, responseSeconds);
    }

    /** A GP's or link worker's action; false, and nothing told, if after "now". */
    boolean byReferrer(
            StoryReferral referral, Instant at, ReferralAction action, Role role, String comment) {
        return take(referral, at, action, role, null, comment, null);
    }

    /** Cancelled by the practice's GP (mostly) or the network's link worker, for the reason. */
    boolean cancel(StoryReferral referral, Instant at, String why) {
        Role role = referral.random.nextDouble() < 0.8 ? Role.GP : Role.LINK_WORKER;
        return byReferrer(referral, at, ReferralAction.CANCEL, role, why);
    }

    private boolean take(
            StoryReferral referral,
            Instant at,
            ReferralAction action,
            Role role,
            String reason,
            String comment,
            Long responseSeconds) {
        ReferralLifecycle.Transition transition = ReferralLifecycle.of(action);
        if (!transition.startsFrom(referral.status) || !transition.side().includes(role)) {
            throw new IllegalStateException(
                    "the story breaks the lifecycle: "
                            + role.roleName()
                            + " cannot "
                            + action.historyName()
                            + " a referral that is "
                            + referral.status);
        }
        if (at.isAfter(now)) {
            return false;
        }
        record(
                referral,
                at,
                action.historyName(),
                transition.to(),
                role,
                reason,
                comment,
                responseSeconds);
        notePassed(referral, action);
        referral.status = transition.to();
        referral.statusReason = reason;
        referral.statusComment = comment;
        referral.updatedAt = at;
        referral.changes++;
        return true;
    }

    /** The milestones ReferralService keeps on the referral for the activity report. */
    private static void notePassed(StoryReferral referral, ReferralAction action) {
        switch (action) {
            case ASSIGN -> referral.wasTriaged |= referral.status == ReferralStatus.AWAITING_TRIAGE;
            case ACCEPT -> referral.wasAccepted = true;
            case DECLINE -> referral.wasDeclined = true;
            case START_TREATMENT -> referral.wasStarted = true;
            default -> {}
        }
    }

    private void record(
            StoryReferral referral,
            Instant at,
            String action,
            ReferralStatus to,
            Role role,
            String reason,
            String comment,
            Long responseSeconds) {
        out.row(
                REFERRAL_EVENT,
                referral.id,
                at,
                referral.user(role),
                role.roleName(),
                referral.organisation(role),
                action,
                referral.status == null ? null : referral.status.name(),
                to.name(),
                reason,
                comment,
                referral.practitioner == null ? null : referral.practitioner.id(),
                responseSeconds);
    }
}
