package org.socialprescribing.funding.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.error.ProblemType;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.common.security.Role;
import org.socialprescribing.common.time.UkTime;
import org.socialprescribing.feed.ChangeEventType;
import org.socialprescribing.feed.ChangeFeed;
import org.socialprescribing.funding.plan.FundingApi.PanelView;
import org.socialprescribing.funding.plan.FundingApi.PlanView;
import org.socialprescribing.funding.scheme.FundingScheme;
import org.socialprescribing.funding.scheme.FundingSchemeRepository;
import org.socialprescribing.observability.metrics.DomainMetrics;
import org.socialprescribing.referral.service.ReferralGate;

/**
 * Prior approval: the funding panel sees its funder's requests, anonymised, and approves (the
 * funders' share is committed, if the budget allows) or declines each with a reason.
 */
@ApplicationScoped
public class FundingDecisions {
    private final FundingPlanRepository plans;
    private final FundingSchemeRepository schemes;
    private final FundingService funding;
    private final ReferralGate referrals;
    private final PlanViews views;
    private final ChangeFeed feed;
    private final Clock clock;
    private final DomainMetrics metrics;

    public FundingDecisions(
            FundingPlanRepository plans,
            FundingSchemeRepository schemes,
            FundingService funding,
            ReferralGate referrals,
            PlanViews views,
            ChangeFeed feed,
            Clock clock,
            DomainMetrics metrics) {
        this.plans = plans;
        this.schemes = schemes;
        this.funding = funding;
        this.referrals = referrals;
        this.views = views;
        this.feed = feed;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** The funder's commissioner approves: the plan's share is committed, if the budget allows. */
    @Transactional
    public PlanView approve(Caller caller, UUID planId, String comment) {
        FundingPlan plan = pendingInScope(caller, planId);
        FundingScheme scheme = schemes.findById(plan.schemeId);
        funding.commit(plan, scheme);
        decide(caller, plan, PlanStatus.APPROVED, comment);
        return views.plan(plan, scheme);
    }

    @Transactional
    public PlanView decline(Caller caller, UUID planId, String reason) {
        FundingPlan plan = pendingInScope(caller, planId);
        decide(caller, plan, PlanStatus.DECLINED, reason);
        return views.plan(plan, schemes.findById(plan.schemeId));
    }

    /** The requests of the funders the caller acts for, without patient identifiers. */
    @Transactional
    public List<PanelView> requests(Caller caller, PlanStatus status) {
        String funder =
                caller.has(Role.ADMIN)
                        ? null
                        : caller.organisation(Role.COMMISSIONER)
                                .orElseThrow(
                                        () -> DomainException.forbidden("You act for no funder"));
        return plans.inStatus(status, funder).stream()
                .map(plan -> views.panel(plan, schemes.findById(plan.schemeId)))
                .toList();
    }

    private void decide(Caller caller, FundingPlan plan, PlanStatus status, String reason) {
        plan.status = status;
        plan.decisionReason = reason;
        plan.decidedBy = caller.userId();
        plan.decidedAt = UkTime.now(clock);
        if (status == PlanStatus.APPROVED) {
            plan.approvedAt = plan.decidedAt;
        }
        metrics.fundingDecided(status.name());
        feed.publish(
                ChangeEventType.FUNDING_DECIDED,
                referrals.factsFor(plan.referralId).origin(),
                plan.id);
    }

    /**
     * A plan of a funder the caller does not act for is, to the caller, not there. A decision is a
     * change to the referral's funding, so it takes the referral's lock first and reads the plan as
     * the last change left it.
     */
    private FundingPlan pendingInScope(Caller caller, UUID planId) {
        FundingPlan plan =
                plans.findByIdOptional(planId)
                        .filter(p -> actsFor(caller, schemes.findById(p.schemeId).funderCode))
                        .orElseThrow(() -> DomainException.notFound("Funding request " + planId));
        referrals.lockFor(plan.referralId);
        plans.reread(plan);
        if (plan.status != PlanStatus.PENDING_APPROVAL) {
            throw new DomainException(
                    ProblemType.FUNDING_NOT_PENDING,
                    "The request is " + plan.status,
                    plan.status.name());
        }
        return plan;
    }

    private static boolean actsFor(Caller caller, String funderCode) {
        return caller.has(Role.ADMIN)
                || caller.organisation(Role.COMMISSIONER).filter(funderCode::equals).isPresent();
    }
}
