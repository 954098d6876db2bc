package org.socialprescribing.referral.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.error.ProblemType;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.observability.tracing.RequestSpan;
import org.socialprescribing.referral.domain.AttendanceFigures;
import org.socialprescribing.referral.domain.ConditionCategory;
import org.socialprescribing.referral.domain.ReferralLifecycle;
import org.socialprescribing.referral.domain.Side;
import org.socialprescribing.referral.persistence.Referral;
import org.socialprescribing.referral.persistence.ReferralRepository;

/**
 * The one way other features reach a referral, in their own transaction: as a reader (404 unless
 * the caller may see it), as a party (403 unless the caller stands on that side), or as the
 * practitioner delivering treatment (409 unless the lifecycle has treatment open).
 *
 * <p><b>One rule for concurrent changes.</b> Whoever changes a referral or anything that belongs to
 * it (its status, sessions, attendance, outcomes, safety alerts, letter, funding, charges) first
 * takes the referral's row lock, here, and holds it until its transaction ends. Changes to one
 * referral therefore happen one at a time, each seeing the last one's result: no lost update, no
 * over-booking, and no version conflict the caller did not ask for. A caller who sent {@code
 * If-Match} still gets 412 when the referral moved on; a change the new status no longer allows is
 * a documented 409. Reads take no lock.
 */
@ApplicationScoped
public class ReferralGate {
    private final ReferralRepository referrals;
    private final ReferralAccess access;

    public ReferralGate(ReferralRepository referrals, ReferralAccess access) {
        this.referrals = referrals;
        this.access = access;
    }

    /** The referral if the caller may see it at all (either side, or admin), else 404. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReferralFacts forReader(Caller caller, UUID id) {
        return ReferralMapper.facts(readable(caller, id));
    }

    /**
     * The referral, locked for a change, if the caller stands on the given side of it: 404 if
     * unseen, else 403.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReferralFacts forParty(Caller caller, UUID id, Side side) {
        return ReferralMapper.facts(party(caller, id, side));
    }

    /**
     * The referral, locked for a change, if the caller stands on either side of it: 404 if unseen,
     * else 403 with the reason given.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReferralFacts forEitherParty(Caller caller, UUID id, String onlyParties) {
        Referral referral = lockedVisible(caller, id);
        if (access.sides(caller, referral).isEmpty()) {
            throw DomainException.forbidden(onlyParties);
        }
        return ReferralMapper.facts(referral);
    }

    /**
     * The referral, locked for a change made under another feature's own access rule (the funder's
     * commissioner deciding a funding request).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReferralFacts lockFor(UUID id) {
        return ReferralMapper.facts(referrals.findForUpdate(id).orElseThrow());
    }

    /**
     * The referral, locked for a change, for the practitioner it was sent to, while the lifecycle
     * has treatment open (accepted or in treatment); otherwise 409 naming the status.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReferralFacts forTreatment(Caller caller, UUID id, String activity) {
        Referral referral = party(caller, id, Side.PERFORMER);
        if (!ReferralLifecycle.treatmentOpen(referral.status)) {
            throw new DomainException(
                    ProblemType.REFERRAL_NOT_IN_TREATMENT,
                    activity
                            + " only while a referral is accepted or in treatment; this one is "
                            + referral.status,
                    referral.status.name());
        }
        return ReferralMapper.facts(referral);
    }

    /**
     * The referral without a caller's check, for a feature that applies its own access rule (the
     * funding panel sees the referrals of its funder's requests, anonymised).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReferralFacts factsFor(UUID id) {
        return ReferralMapper.facts(referrals.findById(id));
    }

    /** The categories of the referral's conditions, in the order the referrer gave them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ConditionCategory> conditionCategories(UUID id) {
        return referrals.findById(id).conditions.stream().map(c -> c.category).toList();
    }

    /** Which sides of the referral the caller stands on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<Side> sides(Caller caller, UUID id) {
        return access.sides(caller, referrals.findById(id));
    }

    /** Keeps the attendance figures that the activity report sums and the GP is shown. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keepAttendance(UUID id, AttendanceFigures figures) {
        Referral referral = referrals.findById(id);
        referral.sessionsAttended = figures.attended();
        referral.sessionsDidNotAttend = figures.didNotAttend();
        referral.consecutiveDidNotAttend = figures.missedInARow();
        if (figures.attendedSessionAt() != null && referral.secondsToFirstSession == null) {
            referral.secondsToFirstSession =
                    Math.max(
                            0,
                            Duration.between(referral.createdAt, figures.attendedSessionAt())
                                    .toSeconds());
        }
    }

    Optional<Referral> visible(Caller caller, UUID id) {
        return referrals.findByIdOptional(id).filter(referral -> access.canSee(caller, referral));
    }

    private Referral lockedVisible(Caller caller, UUID id) {
        return referrals
                .findForUpdate(id)
                .filter(referral -> access.canSee(caller, referral))
                .orElseThrow(() -> DomainException.notFound("Referral " + id));
    }

    Referral readable(Caller caller, UUID id) {
        Referral referral =
                visible(caller, id).orElseThrow(() -> DomainException.notFound("Referral " + id));
        RequestSpan.conversation(referral.conversationId);
        return referral;
    }

    /** Locked for a change: the caller waits for any other change to this referral to end. */
    Referral party(Caller caller, UUID id, Side side) {
        Referral referral = lockedVisible(caller, id);
        RequestSpan.conversation(referral.conversationId);
        if (!access.sides(caller, referral).contains(side)) {
            throw DomainException.forbidden(
                    "Only the " + side.name().toLowerCase() + " side of a referral may do this");
        }
        return referral;
    }
}
