package org.socialprescribing.funding.plan;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.socialprescribing.common.json.JsonText;
import org.socialprescribing.funding.plan.FundingApi.PanelView;
import org.socialprescribing.funding.plan.FundingApi.PlanView;
import org.socialprescribing.funding.plan.FundingApi.ShareView;
import org.socialprescribing.funding.scheme.FundingScheme;
import org.socialprescribing.referral.service.ReferralFacts;
import org.socialprescribing.referral.service.ReferralGate;

/** A plan as its referral's parties see it, and as the funding panel sees it (anonymised). */
@ApplicationScoped
public class PlanViews {
    private static final TypeReference<List<ShareView>> SHARES = new TypeReference<>() {};

    private final ReferralGate referrals;
    private final JsonText json;
    private final Clock clock;

    public PlanViews(ReferralGate referrals, JsonText json, Clock clock) {
        this.referrals = referrals;
        this.json = json;
        this.clock = clock;
    }

    /** The per-session shares the plan keeps. */
    public List<ShareView> shares(FundingPlan plan) {
        return json.read(plan.sessionSplit, SHARES);
    }

    String write(List<ShareView> shares) {
        return json.write(shares);
    }

    PlanView plan(FundingPlan plan, FundingScheme scheme) {
        return new PlanView(
                plan.id,
                plan.referralId,
                scheme.id,
                scheme.name,
                scheme.route,
                plan.status,
                scheme.sessionFeePence,
                plan.approvedSessions,
                shares(plan),
                plan.patientPencePerSession,
                plan.funderPencePerSession,
                plan.funderPencePerSession * plan.approvedSessions,
                plan.committedPence,
                plan.spentPence,
                plan.releasedPence,
                plan.incomeBand,
                plan.decisionReason,
                plan.decidedAt);
    }

    /** The case and the cost, without the patient's name, NHS number, address or contact. */
    PanelView panel(FundingPlan plan, FundingScheme scheme) {
        ReferralFacts referral = referrals.factsFor(plan.referralId);
        return new PanelView(
                plan.id,
                scheme.name,
                referral.practiceOdsCode(),
                referral.therapyCode(),
                referrals.conditionCategories(plan.referralId).stream()
                        .map(Enum::name)
                        .distinct()
                        .toList(),
                referral.urgency().name(),
                Period.between(referral.patient().birthDate(), LocalDate.now(clock)).getYears(),
                plan.clinicalJustification,
                plan.approvedSessions,
                scheme.sessionFeePence,
                plan.funderPencePerSession * plan.approvedSessions,
                plan.status,
                plan.createdAt);
    }
}
