package org.socialprescribing.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.socialprescribing.audit.AuditAction;
import org.socialprescribing.audit.AuditLog;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.error.InvalidFields;
import org.socialprescribing.common.error.ProblemType;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.common.security.Role;
import org.socialprescribing.common.time.UkTime;
import org.socialprescribing.evidence.EvidenceApi.AppointmentsRequest;
import org.socialprescribing.evidence.EvidenceApi.EvidenceView;
import org.socialprescribing.evidence.EvidenceApi.ExperienceRequest;
import org.socialprescribing.evidence.EvidenceApi.WorkStatusRequest;
import org.socialprescribing.referral.domain.ReferralStatus;
import org.socialprescribing.referral.domain.Side;
import org.socialprescribing.referral.service.ReferralFacts;
import org.socialprescribing.referral.service.ReferralFinished;
import org.socialprescribing.referral.service.ReferralGate;

/**
 * Records a course's evidence under the rule of who holds it: the practitioner the patient's
 * experience and work status, the referring practice's system the GP-appointment counts (the
 * practice holds the record), the after-course count only once its six months have passed.
 */
@ApplicationScoped
public class EvidenceService {
    /** The months after the course whose GP appointments are counted. */
    static final int MONTHS_AFTER_COURSE = 6;

    private static final Set<ReferralStatus> TREATED =
            EnumSet.of(
                    ReferralStatus.IN_TREATMENT,
                    ReferralStatus.COMPLETED,
                    ReferralStatus.ENDED_EARLY);
    private static final Set<ReferralStatus> ACCEPTED_ON =
            EnumSet.of(
                    ReferralStatus.ACCEPTED,
                    ReferralStatus.IN_TREATMENT,
                    ReferralStatus.COMPLETED,
                    ReferralStatus.ENDED_EARLY);

    private final ReferralEvidenceRepository evidence;
    private final ReferralGate referrals;
    private final AuditLog audit;
    private final Clock clock;

    public EvidenceService(
            ReferralEvidenceRepository evidence,
            ReferralGate referrals,
            AuditLog audit,
            Clock clock) {
        this.evidence = evidence;
        this.referrals = referrals;
        this.audit = audit;
        this.clock = clock;
    }

    /** The patient's answer at the end of the course: once a session was attended. */
    @Transactional
    public EvidenceView recordExperience(Caller caller, UUID id, ExperienceRequest request) {
        ReferralFacts referral = referrals.forParty(caller, id, Side.PERFORMER);
        requireStatus(referral, TREATED, "The patient's experience is recorded once treated");
        ReferralEvidence row = of(referral.id());
        row.experience = request.answer();
        row.experienceComment = request.comment();
        row.experienceRecordedAt = UkTime.now(clock);
        return saved(caller, referral, row);
    }

    /** Work status at baseline (from acceptance) and at the end (once treated). */
    @Transactional
    public EvidenceView recordWorkStatus(Caller caller, UUID id, WorkStatusRequest request) {
        if (request.baseline() == null && request.end() == null) {
            throw InvalidFields.of("baseline", "or end is required");
        }
        ReferralFacts referral = referrals.forParty(caller, id, Side.PERFORMER);
        requireStatus(referral, ACCEPTED_ON, "Work status is recorded once accepted");
        if (request.end() != null) {
            requireStatus(referral, TREATED, "Work status at the end is recorded once treated");
        }
        ReferralEvidence row = of(referral.id());
        if (request.baseline() != null) {
            row.workStatusBaseline = request.baseline();
        }
        if (request.end() != null) {
            row.workStatusEnd = request.end();
        }
        return saved(caller, referral, row);
    }

    /**
     * The referring practice's counts: before the referral at any time; after the course once the
     * course has ended and six months have passed since.
     */
    @Transactional
    public EvidenceView recordAppointments(Caller caller, UUID id, AppointmentsRequest request) {
        if (request.beforeReferral() == null && request.afterCourse() == null) {
            throw InvalidFields.of("beforeReferral", "or afterCourse is required");
        }
        ReferralFacts referral = referrals.forParty(caller, id, Side.REFERRER);
        if (!caller.organisation(Role.GP).filter(referral.practiceOdsCode()::equals).isPresent()) {
            throw DomainException.forbidden(
                    "GP-appointment counts come from the referring practice's own system");
        }
        ReferralEvidence row = of(referral.id());
        if (request.afterCourse() != null) {
            requireAfterPeriodOver(row);
            row.appointmentsAfter = request.afterCourse();
        }
        if (request.beforeReferral() != null) {
            row.appointmentsBefore = request.beforeReferral();
        }
        return saved(caller, referral, row);
    }

    /** The evidence as the caller may see it (either party, or admin; else 404). */
    @Transactional
    public EvidenceView read(Caller caller, UUID id) {
        ReferralFacts referral = referrals.forReader(caller, id);
        audit.record(caller, AuditAction.EVIDENCE_READ, referral.id());
        return view(caller, referral, evidence.findByIdOptional(referral.id()).orElse(null));
    }

    /** The patient's answer, for the letter; none before it is recorded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ExperienceAnswer> experience(UUID referralId) {
        return evidence.findByIdOptional(referralId).map(e -> e.experience);
    }

    /** A course that ends starts its six months after. */
    void courseEnded(@Observes ReferralFinished finished) {
        ReferralFacts referral = finished.referral();
        if (referral.status() == ReferralStatus.COMPLETED
                || referral.status() == ReferralStatus.ENDED_EARLY) {
            ReferralEvidence row = of(referral.id());
            row.courseEndedAt = UkTime.now(clock);
            row.updatedAt = row.courseEndedAt;
        }
    }

    /** The first day the after-course count may be sent; none while the course runs. */
    static LocalDate afterCountDueFrom(Instant courseEndedAt) {
        return courseEndedAt == null
                ? null
                : UkTime.dayOf(courseEndedAt).plusMonths(MONTHS_AFTER_COURSE);
    }

    private void requireAfterPeriodOver(ReferralEvidence row) {
        LocalDate due = afterCountDueFrom(row.courseEndedAt);
        if (due == null) {
            throw new DomainException(
                    ProblemType.EVIDENCE_NOT_DUE,
                    "The course has not ended: appointments after it can be counted "
                            + MONTHS_AFTER_COURSE
                            + " months after it ends");
        }
        if (UkTime.today(clock).isBefore(due)) {
            throw new DomainException(
                    ProblemType.EVIDENCE_NOT_DUE,
                    "The six months after the course end on "
                            + due.minusDays(1)
                            + ": send the count on or after "
                            + due);
        }
    }

    private static void requireStatus(
            ReferralFacts referral, Set<ReferralStatus> allowed, String rule) {
        if (!allowed.contains(referral.status())) {
            throw new DomainException(
                    ProblemType.EVIDENCE_NOT_DUE,
                    rule + "; this referral is " + referral.status(),
                    referral.status().name());
        }
    }

    private ReferralEvidence of(UUID referralId) {
        return evidence.findByIdOptional(referralId)
                .orElseGet(
                        () -> {
                            ReferralEvidence row = new ReferralEvidence();
                            row.referralId = referralId;
                            row.updatedAt = UkTime.now(clock);
                            evidence.persist(row);
                            return row;
                        });
    }

    private EvidenceView saved(Caller caller, ReferralFacts referral, ReferralEvidence row) {
        row.updatedAt = UkTime.now(clock);
        audit.record(caller, AuditAction.EVIDENCE_RECORDED, referral.id());
        return view(caller, referral, row);
    }

    private EvidenceView view(Caller caller, ReferralFacts referral, ReferralEvidence row) {
        Set<Side> sides = referrals.sides(caller, referral.id());
        boolean full = caller.has(Role.ADMIN) || sides.contains(Side.PERFORMER);
        boolean shared = full || referral.consentShareOutcomesWithGp();
        if (row == null) {
            return new EvidenceView(
                    referral.id(), null, null, null, null, null, null, null, null, null, shared);
        }
        return new EvidenceView(
                referral.id(),
                shared ? row.experience : null,
                full ? row.experienceComment : null,
                shared ? row.experienceRecordedAt : null,
                shared ? row.workStatusBaseline : null,
                shared ? row.workStatusEnd : null,
                row.appointmentsBefore,
                row.appointmentsAfter,
                row.courseEndedAt,
                afterCountDueFrom(row.courseEndedAt),
                shared);
    }
}
