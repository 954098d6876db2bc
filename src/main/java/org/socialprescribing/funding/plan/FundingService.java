package org.socialprescribing.funding.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.socialprescribing.audit.AuditAction;
import org.socialprescribing.audit.AuditLog;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.error.ProblemType;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.common.security.Role;
import org.socialprescribing.common.web.Params;
import org.socialprescribing.feed.ChangeEventType;
import org.socialprescribing.feed.ChangeFeed;
import org.socialprescribing.funding.money.Means;
import org.socialprescribing.funding.money.SessionSplit;
import org.socialprescribing.funding.money.SplitRule;
import org.socialprescribing.funding.money.Splits;
import org.socialprescribing.funding.plan.FundingApi.FundingRequest;
import org.socialprescribing.funding.plan.FundingApi.PanelView;
import org.socialprescribing.funding.plan.FundingApi.PlanView;
import org.socialprescribing.funding.plan.FundingApi.ShareView;
import org.socialprescribing.funding.scheme.Budgets;
import org.socialprescribing.funding.scheme.FundingScheme;
import org.socialprescribing.funding.scheme.SchemeRoute;
import org.socialprescribing.funding.scheme.SchemeService;
import org.socialprescribing.funding.scheme.SplitRules;
import org.socialprescribing.referral.persistence.Referral;
import org.socialprescribing.referral.service.ReferralFinished;
import org.socialprescribing.referral.service.ReferralService;
import org.socialprescribing.treatment.session.BookingAllowance;

/**
 * A referral's funding: the plan under one scheme, its approval, the budget it commits, and the
 * release of what is unused when the referral finishes.
 */
@ApplicationScoped
public class FundingService implements PanacheRepositoryBase<FundingPlan, UUID>, BookingAllowance {
    private static final TypeReference<List<ShareView>> SHARES = new TypeReference<>() {};

    private final EntityManager entityManager;
    private final ReferralService referrals;
    private final SchemeService schemes;
    private final Budgets budgets;
    private final ChangeFeed feed;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;

    public FundingService(
            EntityManager entityManager,
            ReferralService referrals,
            SchemeService schemes,
            Budgets budgets,
            ChangeFeed feed,
            AuditLog audit,
            ObjectMapper json,
            Clock clock) {
        this.entityManager = entityManager;
        this.referrals = referrals;
        this.schemes = schemes;
        this.budgets = budgets;
        this.feed = feed;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Chooses a scheme for the referral: checks eligibility, splits the fee, commits or waits. */
    @Transactional
    public PlanView fund(Caller caller, UUID referralId, FundingRequest request) {
        Referral referral = referrals.forReader(caller, referralId);
        if (referrals.sides(caller, referral).isEmpty()) {
            throw DomainException.forbidden(
                    "Only the referral's referrer or practitioner arranges funding");
        }
        if (referral.status.isFinished()) {
            throw new DomainException(
                    ProblemType.REFERRAL_FINISHED,
                    "The referral is " + referral.status,
                    referral.status.name());
        }
        if (activePlan(referral.id).isPresent()) {
            throw new DomainException(
                    ProblemType.FUNDING_ALREADY_ARRANGED,
                    "The referral already has funding approved or awaiting approval");
        }
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
        schemes.requireEligible(scheme, referral.therapyCode, referral.practice, sessions);
        SplitRule rule = SplitRules.of(scheme.route, scheme.funderCode, schemes.split(scheme));
        Means means = means(request);
        SessionSplit split = Splits.split(scheme.sessionFeePence, rule, means);
        if (scheme.route == SchemeRoute.PERSONAL_HEALTH_BUDGET) {
            sessions = affordableSessions(request, split, sessions);
        }
        FundingPlan plan = new FundingPlan();
        plan.id = UUID.randomUUID();
        plan.referralId = referral.id;
        plan.schemeId = scheme.id;
        plan.approvedSessions = sessions;
        plan.sessionSplit = write(shares(split));
        plan.funderPencePerSession = split.fundersPence();
        plan.patientPencePerSession = split.patientPence();
        plan.clinicalJustification = request.clinicalJustification();
        plan.requestedBy = caller.userId();
        plan.createdAt = now();
        if (scheme.route == SchemeRoute.SLIDING_SCALE) {
            plan.receivesBenefits = means.receivesMeansTestedBenefits();
            plan.incomeBand =
                    Splits.band(
                                    ((org.socialprescribing.funding.money.SlidingScale) rule)
                                            .bands(),
                                    means)
                            .code();
        }
        if (scheme.route.needsApproval()) {
            plan.status = PlanStatus.PENDING_APPROVAL;
        } else {
            commit(plan, scheme);
            plan.status = PlanStatus.APPROVED;
            feed.publish(
                    ChangeEventType.FUNDING_DECIDED, ReferralService.origin(referral), plan.id);
        }
        persist(plan);
        audit.record(caller, AuditAction.FUNDING_ARRANGED, referral.id);
        return view(plan, scheme);
    }

    @Transactional
    public PlanView current(Caller caller, UUID referralId) {
        Referral referral = referrals.forReader(caller, referralId);
        FundingPlan plan =
                find("referralId", Sort.descending("createdAt"), referral.id)
                        .firstResultOptional()
                        .orElseThrow(
                                () ->
                                        DomainException.notFound(
                                                "Funding for referral " + referralId));
        return view(plan, schemes.findById(plan.schemeId));
    }

    /** The funder's commissioner approves: the plan's share is committed, if the budget allows. */
    @Transactional
    public PlanView approve(Caller caller, UUID planId, String comment) {
        FundingPlan plan = pendingInScope(caller, planId);
        FundingScheme scheme = schemes.findById(plan.schemeId);
        commit(plan, scheme);
        decide(caller, plan, PlanStatus.APPROVED, comment);
        return view(plan, scheme);
    }

    @Transactional
    public PlanView decline(Caller caller, UUID planId, String reason) {
        FundingPlan plan = pendingInScope(caller, planId);
        decide(caller, plan, PlanStatus.DECLINED, reason);
        return view(plan, schemes.findById(plan.schemeId));
    }

    /** The requests of the funders the caller acts for, without patient identifiers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PanelView> requests(Caller caller, PlanStatus status) {
        String query =
                "select p from FundingPlan p, FundingScheme s where p.schemeId = s.id"
                        + " and p.status = :status"
                        + (caller.has(Role.ADMIN) ? "" : " and s.funderCode = :funder")
                        + " order by p.createdAt";
        var found =
                entityManager.createQuery(query, FundingPlan.class).setParameter("status", status);
        if (!caller.has(Role.ADMIN)) {
            found.setParameter(
                    "funder",
                    caller.organisation(Role.COMMISSIONER)
                            .orElseThrow(() -> DomainException.forbidden("You act for no funder")));
        }
        return found.getResultList().stream().map(this::panelView).toList();
    }

    /** Sessions beyond those approved cannot be booked; none while approval is awaited. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireRoomForAnotherSession(Referral referral, int sessionsBooked) {
        activePlan(referral.id)
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
        activePlan(finished.referral().id)
                .ifPresent(
                        plan -> {
                            if (plan.status == PlanStatus.APPROVED) {
                                budgets.release(plan.schemeId, plan.committedPence);
                                plan.releasedPence += plan.committedPence;
                                plan.committedPence = 0;
                            }
                            plan.status = PlanStatus.CLOSED;
                        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<FundingPlan> activePlan(UUID referralId) {
        return find(
                        "referralId = ?1 and status in ?2",
                        referralId,
                        List.of(PlanStatus.APPROVED, PlanStatus.PENDING_APPROVAL))
                .firstResultOptional();
    }

    public List<ShareView> shares(FundingPlan plan) {
        try {
            return json.readValue(plan.sessionSplit, SHARES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored split is unreadable", e);
        }
    }

    private void commit(FundingPlan plan, FundingScheme scheme) {
        long total = plan.funderPencePerSession * plan.approvedSessions;
        budgets.commit(scheme.id, total);
        plan.committedPence = total;
    }

    private void decide(Caller caller, FundingPlan plan, PlanStatus status, String reason) {
        plan.status = status;
        plan.decisionReason = reason;
        plan.decidedBy = caller.userId();
        plan.decidedAt = now();
        Referral referral = entityManager.find(Referral.class, plan.referralId);
        feed.publish(ChangeEventType.FUNDING_DECIDED, ReferralService.origin(referral), plan.id);
    }

    /** A plan of a funder the caller does not act for is, to the caller, not there. */
    private FundingPlan pendingInScope(Caller caller, UUID planId) {
        FundingPlan plan =
                findByIdOptional(planId)
                        .filter(p -> actsFor(caller, schemes.findById(p.schemeId).funderCode))
                        .orElseThrow(() -> DomainException.notFound("Funding request " + planId));
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

    private static int affordableSessions(
            FundingRequest request, SessionSplit split, int sessions) {
        if (request.personalHealthBudgetRemainingPence() == null) {
            throw Params.invalid(
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

    private static List<ShareView> shares(SessionSplit split) {
        return split.shares().stream()
                .map(s -> new ShareView(SplitRules.code(s.payer()), s.pence()))
                .toList();
    }

    private PlanView view(FundingPlan plan, FundingScheme scheme) {
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

    private PanelView panelView(FundingPlan plan) {
        FundingScheme scheme = schemes.findById(plan.schemeId);
        Referral referral = entityManager.find(Referral.class, plan.referralId);
        return new PanelView(
                plan.id,
                scheme.name,
                referral.practice.odsCode,
                referral.therapyCode,
                referral.conditions.stream().map(c -> c.category.name()).distinct().toList(),
                referral.urgency.name(),
                Period.between(referral.patient.birthDate, LocalDate.now(clock)).getYears(),
                plan.clinicalJustification,
                plan.approvedSessions,
                scheme.sessionFeePence,
                plan.funderPencePerSession * plan.approvedSessions,
                plan.status,
                plan.createdAt);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private String write(List<ShareView> shares) {
        try {
            return json.writeValueAsString(shares);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the split", e);
        }
    }
}
