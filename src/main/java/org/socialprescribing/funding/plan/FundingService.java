package org.socialprescribing.funding.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.socialprescribing.audit.AuditAction;
import org.socialprescribing.audit.AuditLog;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.error.InvalidFields;
import org.socialprescribing.common.error.ProblemType;
import org.socialprescribing.common.id.TimeOrderedIds;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.common.time.UkTime;
import org.socialprescribing.directory.practice.PracticeRepository;
import org.socialprescribing.feed.ChangeEventType;
import org.socialprescribing.feed.ChangeFeed;
import org.socialprescribing.funding.money.IncomeBand;
import org.socialprescribing.funding.money.Means;
import org.socialprescribing.funding.money.SessionSplit;
import org.socialprescribing.funding.money.SlidingScale;
import org.socialprescribing.funding.money.SplitRule;
import org.socialprescribing.funding.money.Splits;
import org.socialprescribing.funding.plan.FundingApi.FundingRequest;
import org.socialprescribing.funding.plan.FundingApi.PlanView;
import org.socialprescribing.funding.plan.FundingApi.ShareView;
import org.socialprescribing.funding.scheme.FundingScheme;
import org.socialprescribing.funding.scheme.FundingSchemeRepository;
import org.socialprescribing.funding.scheme.SchemeRoute;
import org.socialprescribing.funding.scheme.SchemeService;
import org.socialprescribing.funding.scheme.SplitRules;
import org.socialprescribing.referral.service.ReferralFacts;
import org.socialprescribing.referral.service.ReferralFinished;
import org.socialprescribing.referral.service.ReferralGate;
import org.socialprescribing.treatment.session.BookingAllowance;

/**
 * A referral's funding: the plan under one scheme, the budget it commits, the sessions it allows,
 * and the release of what is unused when the referral finishes.
 */
@ApplicationScoped
public class FundingService implements BookingAllowance {
    private final FundingPlanRepository plans;
    private final FundingSchemeRepository schemes;
    private final SchemeService schemeRules;
    private final PracticeRepository practices;
    private final ReferralGate referrals;
    private final PlanLedger ledger;
    private final PlanViews views;
    private final ChangeFeed feed;
    private final AuditLog audit;
    private final Clock clock;

    public FundingService(
            FundingPlanRepository plans,
            FundingSchemeRepository schemes,
            SchemeService schemeRules,
            PracticeRepository practices,
            ReferralGate referrals,
            PlanLedger ledger,
            PlanViews views,
            ChangeFeed feed,
            AuditLog audit,
            Clock clock) {
        this.plans = plans;
        this.schemes = schemes;
        this.schemeRules = schemeRules;
        this.practices = practices;
        this.referrals = referrals;
        this.ledger = ledger;
        this.views = views;
        this.feed = feed;
        this.audit = audit;
        this.clock = clock;
    }

    /** Chooses a scheme for the referral: checks eligibility, splits the fee, commits or waits. */
    @Transactional
    public PlanView fund(Caller caller, UUID referralId, FundingRequest request) {
        ReferralFacts referral = fundable(caller, referralId);
        FundingScheme scheme =
                schemes.findByIdOptional(request.schemeId())
                        .orElseThrow(
                                () ->
                                        new DomainException(
                                                ProblemType.UNKNOWN_REFERENCE,
                                                "Funding scheme "
                                                        + request.schemeId()
                                                        + " is not known"));
        int sessions = request.sessions() == null ? scheme.maxSessions : request.sessions();
        schemeRules.requireEligible(
                scheme,
                referral.therapyCode(),
                practices.findById(referral.practiceOdsCode()),
                referral.source(),
                sessions);
        SplitRule rule = SplitRules.of(scheme.route, scheme.funderCode, schemeRules.split(scheme));
        Means means = means(request);
        SessionSplit split = Splits.split(scheme.sessionFeePence, rule, means);
        if (scheme.route == SchemeRoute.PERSONAL_HEALTH_BUDGET) {
            sessions = affordableSessions(request, split, sessions);
        }
        FundingPlan plan = newPlan(caller, referral, scheme, sessions, split, request);
        if (scheme.route == SchemeRoute.SLIDING_SCALE) {
            plan.receivesBenefits = means.receivesMeansTestedBenefits();
            plan.incomeBand =
                    Splits.band(((SlidingScale) rule).bands(), means)
                            .map(IncomeBand::code)
                            .orElse(null);
        }
        plan.status =
                scheme.route.needsApproval() ? PlanStatus.PENDING_APPROVAL : PlanStatus.APPROVED;
        plans.persist(plan);
        ledger.open(plan, scheme, views.shares(plan));
        if (plan.status == PlanStatus.APPROVED) {
            plan.approvedAt = plan.createdAt;
            commit(plan, scheme);
            feed.publish(ChangeEventType.FUNDING_DECIDED, referral.origin(), plan.id);
        }
        audit.record(caller, AuditAction.FUNDING_ARRANGED, referral.id());
        return views.plan(plan, scheme);
    }

    @Transactional
    public PlanView current(Caller caller, UUID referralId) {
        ReferralFacts referral = referrals.forReader(caller, referralId);
        FundingPlan plan =
                plans.latest(referral.id())
                        .orElseThrow(
                                () ->
                                        DomainException.notFound(
                                                "Funding for referral " + referralId));
        return views.plan(plan, schemes.findById(plan.schemeId));
    }

    /** Sessions beyond those approved cannot be booked; none while approval is awaited. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireRoomForAnotherSession(UUID referralId, int sessionsBooked) {
        plans.active(referralId)
                .ifPresent(
                        plan -> {
                            if (plan.status == PlanStatus.PENDING_APPROVAL) {
                                throw new DomainException(
                                        ProblemType.SESSIONS_EXHAUSTED,
                                        "The funding awaits the commissioner's approval");
                            }
                            if (sessionsBooked >= plan.approvedSessions) {
                                throw new DomainException(
                                        ProblemType.SESSIONS_EXHAUSTED,
                                        "The funding covers "
                                                + plan.approvedSessions
                                                + " sessions and all are booked");
                            }
                        });
    }

    /** A finished referral gives back what its plan had committed and not spent. */
    void release(@Observes ReferralFinished finished) {
        plans.active(finished.referral().id())
                .ifPresent(
                        plan -> {
                            if (plan.status == PlanStatus.APPROVED) {
                                ledger.release(plan, schemes.findById(plan.schemeId));
                            }
                            plan.status = PlanStatus.CLOSED;
                        });
    }

    /** The plan that funds the referral now, if any. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<FundingPlan> activePlan(UUID referralId) {
        return plans.active(referralId);
    }

    /** Holds each funder's share of every approved session against its money, or refuses. */
    void commit(FundingPlan plan, FundingScheme scheme) {
        ledger.commit(plan, scheme);
    }

    /** A party of the referral, which has not finished and has no funding yet. */
    private ReferralFacts fundable(Caller caller, UUID referralId) {
        ReferralFacts referral =
                referrals.forEitherParty(
                        caller,
                        referralId,
                        "Only the referral's referrer or practitioner arranges funding");
        if (referral.status().isFinished()) {
            throw new DomainException(
                    ProblemType.REFERRAL_FINISHED,
                    "The referral is " + referral.status(),
                    referral.status().name());
        }
        if (plans.active(referral.id()).isPresent()) {
            throw new DomainException(
                    ProblemType.FUNDING_ALREADY_ARRANGED,
                    "The referral already has funding approved or awaiting approval");
        }
        return referral;
    }

    private FundingPlan newPlan(
            Caller caller,
            ReferralFacts referral,
            FundingScheme scheme,
            int sessions,
            SessionSplit split,
            FundingRequest request) {
        FundingPlan plan = new FundingPlan();
        plan.id = TimeOrderedIds.next();
        plan.referralId = referral.id();
        plan.schemeId = scheme.id;
        plan.approvedSessions = sessions;
        plan.sessionSplit =
                views.write(
                        split.shares().stream()
                                .map(s -> new ShareView(SplitRules.code(s.payer()), s.pence()))
                                .toList());
        plan.funderPencePerSession = split.fundersPence();
        plan.patientPencePerSession = split.patientPence();
        plan.clinicalJustification = request.clinicalJustification();
        plan.requestedBy = caller.userId();
        plan.createdAt = UkTime.now(clock);
        return plan;
    }

    private static int affordableSessions(
            FundingRequest request, SessionSplit split, int sessions) {
        if (request.personalHealthBudgetRemainingPence() == null) {
            throw InvalidFields.of(
                    "personalHealthBudgetRemainingPence", "is needed for a personal health budget");
        }
        long affordable = request.personalHealthBudgetRemainingPence() / split.fundersPence();
        if (affordable == 0) {
            throw new DomainException(
                    ProblemType.NOT_ELIGIBLE,
                    "What remains of the personal health budget pays for no session");
        }
        return (int) Math.min(sessions, affordable);
    }

    private static Means means(FundingRequest request) {
        if (request.means() == null) {
            return null;
        }
        return new Means(
                request.means().receivesMeansTestedBenefits(),
                request.means().annualHouseholdIncomePence(),
                request.means().householdSize());
    }
}
