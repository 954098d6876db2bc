package org.socialprescribing.funding.charge;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.socialprescribing.audit.AuditAction;
import org.socialprescribing.audit.AuditLog;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.error.ProblemType;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.funding.charge.ChargeApi.ChargeView;
import org.socialprescribing.funding.charge.ChargeApi.Charges;
import org.socialprescribing.funding.plan.FundingPlan;
import org.socialprescribing.funding.plan.FundingService;
import org.socialprescribing.funding.plan.PlanStatus;
import org.socialprescribing.funding.scheme.Budgets;
import org.socialprescribing.funding.scheme.FundingScheme;
import org.socialprescribing.funding.scheme.SchemeService;
import org.socialprescribing.funding.scheme.SplitDefinition;
import org.socialprescribing.referral.domain.Side;
import org.socialprescribing.referral.persistence.Referral;
import org.socialprescribing.referral.service.ReferralService;
import org.socialprescribing.treatment.session.Attendance;
import org.socialprescribing.treatment.session.AttendanceRecorded;

/**
 * Charges follow attendance: a session the scheme pays for produces one line per payer, and the
 * funders' part moves from committed to spent. Correcting the attendance reverses it.
 */
@ApplicationScoped
public class ChargeService implements PanacheRepositoryBase<ChargeLine, UUID> {
    private final FundingService funding;
    private final SchemeService schemes;
    private final Budgets budgets;
    private final ReferralService referrals;
    private final AuditLog audit;
    private final Clock clock;

    public ChargeService(
            FundingService funding,
            SchemeService schemes,
            Budgets budgets,
            ReferralService referrals,
            AuditLog audit,
            Clock clock) {
        this.funding = funding;
        this.schemes = schemes;
        this.budgets = budgets;
        this.referrals = referrals;
        this.audit = audit;
        this.clock = clock;
    }

    void onAttendance(@Observes AttendanceRecorded recorded) {
        funding.activePlan(recorded.referral().id)
                .filter(plan -> plan.status == PlanStatus.APPROVED)
                .ifPresent(plan -> charge(plan, recorded));
    }

    @Transactional
    public Charges list(Caller caller, UUID referralId) {
        Referral referral = referrals.forReader(caller, referralId);
        audit.record(caller, AuditAction.CHARGES_READ, referral.id);
        List<ChargeLine> lines = list("referralId", Sort.by("createdAt").and("payer"), referral.id);
        long funders = sum(lines, false, false);
        long due = sum(lines, true, false);
        long paid = sum(lines, true, true);
        return new Charges(
                lines.stream().map(ChargeService::view).toList(), funders, due, paid, due - paid);
    }

    /** The practitioner records that the patient paid their contribution for a session. */
    @Transactional
    public ChargeView markPaid(Caller caller, UUID referralId, UUID chargeId) {
        Referral referral = referrals.forParty(caller, referralId, Side.PERFORMER);
        ChargeLine line =
                findByIdOptional(chargeId)
                        .filter(l -> l.referralId.equals(referral.id))
                        .filter(l -> SplitDefinition.PATIENT.equals(l.payer))
                        .orElseThrow(() -> DomainException.notFound("Patient charge " + chargeId));
        if (line.paidAt == null) {
            line.paidAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
            audit.record(caller, AuditAction.CHARGE_PAID, referral.id);
        }
        return view(line);
    }

    private void charge(FundingPlan plan, AttendanceRecorded recorded) {
        FundingScheme scheme = schemes.findById(plan.schemeId);
        List<ChargeLine> existing = list("sessionId", recorded.session().id);
        boolean chargeable = chargeable(recorded.session().attendance, scheme);
        if (chargeable && existing.isEmpty()) {
            Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
            funding.shares(plan)
                    .forEach(
                            share -> {
                                ChargeLine line = new ChargeLine();
                                line.id = UUID.randomUUID();
                                line.planId = plan.id;
                                line.referralId = plan.referralId;
                                line.sessionId = recorded.session().id;
                                line.payer = share.payer();
                                line.pence = share.pence();
                                line.reason = recorded.session().attendance.name();
                                line.createdAt = now;
                                persist(line);
                            });
            budgets.spend(scheme.id, plan.funderPencePerSession);
            plan.committedPence -= plan.funderPencePerSession;
            plan.spentPence += plan.funderPencePerSession;
            plan.patientChargedPence += plan.patientPencePerSession;
        } else if (!chargeable && !existing.isEmpty()) {
            if (existing.stream().anyMatch(l -> l.paidAt != null)) {
                throw new DomainException(
                        ProblemType.CHARGE_ALREADY_PAID,
                        "The patient has paid for this session; its attendance cannot change");
            }
            existing.forEach(this::delete);
            budgets.unspend(scheme.id, plan.funderPencePerSession);
            plan.committedPence += plan.funderPencePerSession;
            plan.spentPence -= plan.funderPencePerSession;
            plan.patientChargedPence -= plan.patientPencePerSession;
        } else if (chargeable) {
            existing.forEach(l -> l.reason = recorded.session().attendance.name());
        }
    }

    private static boolean chargeable(Attendance attendance, FundingScheme scheme) {
        return attendance == Attendance.ATTENDED
                || (attendance == Attendance.DID_NOT_ATTEND && scheme.chargeDidNotAttend);
    }

    private static long sum(List<ChargeLine> lines, boolean patient, boolean paidOnly) {
        return lines.stream()
                .filter(l -> SplitDefinition.PATIENT.equals(l.payer) == patient)
                .filter(l -> !paidOnly || l.paidAt != null)
                .mapToLong(l -> l.pence)
                .sum();
    }

    private static ChargeView view(ChargeLine l) {
        return new ChargeView(l.id, l.sessionId, l.payer, l.pence, l.reason, l.createdAt, l.paidAt);
    }
}
