package org.socialprescribing.funding.charge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.socialprescribing.audit.AuditAction;
import org.socialprescribing.audit.AuditLog;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.error.ProblemType;
import org.socialprescribing.common.id.TimeOrderedIds;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.common.time.UkTime;
import org.socialprescribing.funding.charge.ChargeApi.ChargeView;
import org.socialprescribing.funding.charge.ChargeApi.Charges;
import org.socialprescribing.funding.plan.FundingPlan;
import org.socialprescribing.funding.plan.FundingService;
import org.socialprescribing.funding.plan.PlanLedger;
import org.socialprescribing.funding.plan.PlanStatus;
import org.socialprescribing.funding.plan.PlanViews;
import org.socialprescribing.funding.scheme.FundingScheme;
import org.socialprescribing.funding.scheme.FundingSchemeRepository;
import org.socialprescribing.funding.scheme.SplitDefinition;
import org.socialprescribing.referral.domain.Side;
import org.socialprescribing.referral.service.ReferralFacts;
import org.socialprescribing.referral.service.ReferralGate;
import org.socialprescribing.treatment.session.Attendance;
import org.socialprescribing.treatment.session.AttendanceRecorded;

/**
 * Charges follow attendance: a session the scheme pays for produces one line per payer, and each
 * funder's part moves from committed to spent in its own books. Correcting the attendance reverses
 * it.
 */
@ApplicationScoped
public class ChargeService {
    private final ChargeLineRepository lines;
    private final FundingService funding;
    private final PlanViews plans;
    private final FundingSchemeRepository schemes;
    private final PlanLedger ledger;
    private final ReferralGate referrals;
    private final AuditLog audit;
    private final Clock clock;

    public ChargeService(
            ChargeLineRepository lines,
            FundingService funding,
            PlanViews plans,
            FundingSchemeRepository schemes,
            PlanLedger ledger,
            ReferralGate referrals,
            AuditLog audit,
            Clock clock) {
        this.lines = lines;
        this.funding = funding;
        this.plans = plans;
        this.schemes = schemes;
        this.ledger = ledger;
        this.referrals = referrals;
        this.audit = audit;
        this.clock = clock;
    }

    void onAttendance(@Observes AttendanceRecorded recorded) {
        funding.activePlan(recorded.referralId())
                .filter(plan -> plan.status == PlanStatus.APPROVED)
                .ifPresent(plan -> charge(plan, recorded));
    }

    @Transactional
    public Charges list(Caller caller, UUID referralId) {
        ReferralFacts referral = referrals.forReader(caller, referralId);
        audit.record(caller, AuditAction.CHARGES_READ, referral.id());
        List<ChargeLine> charged = lines.ofReferral(referral.id());
        long funders = sum(charged, false, false);
        long due = sum(charged, true, false);
        long paid = sum(charged, true, true);
        return new Charges(
                charged.stream().map(ChargeService::view).toList(), funders, due, paid, due - paid);
    }

    /** The practitioner records that the patient paid their contribution for a session. */
    @Transactional
    public ChargeView markPaid(Caller caller, UUID referralId, UUID chargeId) {
        ReferralFacts referral = referrals.forParty(caller, referralId, Side.PERFORMER);
        ChargeLine line =
                lines.findByIdOptional(chargeId)
                        .filter(l -> l.referralId.equals(referral.id()))
                        .filter(l -> SplitDefinition.PATIENT.equals(l.payer))
                        .orElseThrow(() -> DomainException.notFound("Patient charge " + chargeId));
        if (line.paidAt == null) {
            line.paidAt = UkTime.now(clock);
            audit.record(caller, AuditAction.CHARGE_PAID, referral.id());
        }
        return view(line);
    }

    private void charge(FundingPlan plan, AttendanceRecorded recorded) {
        FundingScheme scheme = schemes.findById(plan.schemeId);
        List<ChargeLine> existing = lines.ofSession(recorded.session().id);
        boolean chargeable = chargeable(recorded.session().attendance, scheme);
        if (chargeable && existing.isEmpty()) {
            Instant now = UkTime.now(clock);
            plans.shares(plan)
                    .forEach(
                            share -> {
                                ChargeLine line = new ChargeLine();
                                line.id = TimeOrderedIds.next();
                                line.planId = plan.id;
                                line.referralId = plan.referralId;
                                line.sessionId = recorded.session().id;
                                line.payer = share.payer();
                                line.pence = share.pence();
                                line.reason = recorded.session().attendance.name();
                                line.createdAt = now;
                                lines.persist(line);
                            });
            ledger.spendSession(plan, scheme);
        } else if (!chargeable && !existing.isEmpty()) {
            if (existing.stream().anyMatch(l -> l.paidAt != null)) {
                throw new DomainException(
                        ProblemType.CHARGE_ALREADY_PAID,
                        "The patient has paid for this session; its attendance cannot change");
            }
            existing.forEach(lines::delete);
            ledger.unspendSession(plan, scheme);
        } else if (chargeable) {
            existing.forEach(l -> l.reason = recorded.session().attendance.name());
        }
    }

    private static boolean chargeable(Attendance attendance, FundingScheme scheme) {
        return attendance == Attendance.ATTENDED
                || (attendance == Attendance.DID_NOT_ATTEND && scheme.chargeDidNotAttend);
    }

    private static long sum(List<ChargeLine> charged, boolean patient, boolean paidOnly) {
        return charged.stream()
                .filter(l -> SplitDefinition.PATIENT.equals(l.payer) == patient)
                .filter(l -> !paidOnly || l.paidAt != null)
                .mapToLong(l -> l.pence)
                .sum();
    }

    private static ChargeView view(ChargeLine l) {
        return new ChargeView(l.id, l.sessionId, l.payer, l.pence, l.reason, l.createdAt, l.paidAt);
    }
}
