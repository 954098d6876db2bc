package org.socialprescribing.treatment.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.socialprescribing.audit.AuditAction;
import org.socialprescribing.audit.AuditLog;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.error.InvalidFields;
import org.socialprescribing.common.error.ProblemType;
import org.socialprescribing.common.id.TimeOrderedIds;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.common.time.UkTime;
import org.socialprescribing.feed.ChangeEventType;
import org.socialprescribing.feed.ChangeFeed;
import org.socialprescribing.inbox.Inbox;
import org.socialprescribing.inbox.InboxKind;
import org.socialprescribing.referral.domain.AttendanceFigures;
import org.socialprescribing.referral.domain.ReferralAction;
import org.socialprescribing.referral.domain.ReferralStatus;
import org.socialprescribing.referral.service.ReferralFacts;
import org.socialprescribing.referral.service.ReferralGate;
import org.socialprescribing.referral.service.ReferralTransitions;
import org.socialprescribing.treatment.session.SessionApi.AttendanceRequest;
import org.socialprescribing.treatment.session.SessionApi.SessionRequest;
import org.socialprescribing.treatment.session.SessionApi.SessionView;

/**
 * Booking sessions on an accepted referral and recording what happened. The first attended session
 * starts treatment; two did-not-attends in a row reach the GP's inbox.
 */
@ApplicationScoped
public class SessionService {
    private final TreatmentSessionRepository sessions;
    private final ReferralGate referrals;
    private final ReferralTransitions transitions;
    private final Inbox inbox;
    private final ChangeFeed feed;
    private final AuditLog audit;
    private final BookingAllowance allowance;
    private final Event<AttendanceRecorded> attendanceRecorded;
    private final Clock clock;

    public SessionService(
            TreatmentSessionRepository sessions,
            ReferralGate referrals,
            ReferralTransitions transitions,
            Inbox inbox,
            ChangeFeed feed,
            AuditLog audit,
            BookingAllowance allowance,
            Event<AttendanceRecorded> attendanceRecorded,
            Clock clock) {
        this.sessions = sessions;
        this.referrals = referrals;
        this.transitions = transitions;
        this.inbox = inbox;
        this.feed = feed;
        this.audit = audit;
        this.allowance = allowance;
        this.attendanceRecorded = attendanceRecorded;
        this.clock = clock;
    }

    @Transactional
    public SessionView book(Caller caller, UUID referralId, SessionRequest request) {
        ReferralFacts referral = activeReferral(caller, referralId);
        if (request.mode() == DeliveryMode.IN_PERSON
                && (request.location() == null || request.location().isBlank())) {
            throw InvalidFields.of("location", "is needed for a session in person");
        }
        Instant scheduledAt = UkTime.stored(request.scheduledAt().toInstant());
        if (scheduledAt.isBefore(referral.createdAt())) {
            throw new DomainException(
                    ProblemType.SESSION_BEFORE_REFERRAL,
                    "The session is at "
                            + scheduledAt
                            + ", before the referral was made at "
                            + referral.createdAt());
        }
        allowance.requireRoomForAnotherSession(
                referral.id(), Course.booked(sessions.ofReferral(referral.id())));
        TreatmentSession session = new TreatmentSession();
        session.id = TimeOrderedIds.next();
        session.referralId = referral.id();
        session.scheduledAt = scheduledAt;
        session.durationMinutes = request.durationMinutes();
        session.format = request.format();
        session.mode = request.mode();
        session.location = request.location();
        session.createdAt = UkTime.now(clock);
        sessions.persist(session);
        audit.record(caller, AuditAction.SESSION_RECORDED, referral.id());
        return SessionView.of(session);
    }

    @Transactional
    public List<SessionView> list(Caller caller, UUID referralId) {
        ReferralFacts referral = referrals.forReader(caller, referralId);
        audit.record(caller, AuditAction.SESSIONS_READ, referral.id());
        return sessions.ofReferral(referral.id()).stream().map(SessionView::of).toList();
    }

    @Transactional
    public SessionView recordAttendance(
            Caller caller, UUID referralId, UUID sessionId, AttendanceRequest request) {
        ReferralFacts referral = activeReferral(caller, referralId);
        TreatmentSession session =
                sessions.findByIdOptional(sessionId)
                        .filter(s -> s.referralId.equals(referral.id()))
                        .orElseThrow(() -> DomainException.notFound("Session " + sessionId));
        if (request.attendance().needsSessionToHaveStarted()
                && session.scheduledAt.isAfter(UkTime.now(clock))) {
            throw new DomainException(
                    ProblemType.ATTENDANCE_BEFORE_SESSION,
                    "The session is at "
                            + session.scheduledAt
                            + "; record attendance once it has begun");
        }
        Attendance previous = session.attendance;
        session.attendance = request.attendance();
        session.attendanceNote = request.note();
        session.attendanceRecordedAt = UkTime.now(clock);
        sessions.flush();
        AttendanceFigures figures = Course.figures(sessions.ofReferral(referral.id()), session);
        referrals.keepAttendance(referral.id(), figures);
        if (request.attendance() == Attendance.ATTENDED
                && referral.status() == ReferralStatus.ACCEPTED) {
            transitions.advance(
                    caller,
                    referral.id(),
                    ReferralAction.START_TREATMENT,
                    null,
                    "First session attended");
        }
        tellGpOfMissedSessions(referral, figures.missedInARow());
        attendanceRecorded.fire(new AttendanceRecorded(referral.id(), session, previous));
        audit.record(caller, AuditAction.SESSION_RECORDED, referral.id());
        return SessionView.of(session);
    }

    /** What was offered and taken up, for the treatment-summary letter. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Course course(UUID referralId) {
        return Course.of(sessions.ofReferral(referralId));
    }

    /** The GP hears once the did-not-attends in a row reach the level of concern. */
    private void tellGpOfMissedSessions(ReferralFacts referral, int missedInARow) {
        if (referral.consecutiveDidNotAttend() < Course.CONSECUTIVE_MISSES_OF_CONCERN
                && missedInARow >= Course.CONSECUTIVE_MISSES_OF_CONCERN) {
            inbox.deliver(
                    referral.practiceOdsCode(),
                    referral.id(),
                    InboxKind.ATTENDANCE_CONCERN,
                    null,
                    false,
                    missedInARow + " sessions missed in a row: " + referral.patient().label());
            feed.publish(ChangeEventType.ATTENDANCE_CONCERN, referral.origin(), null);
        }
    }

    private ReferralFacts activeReferral(Caller caller, UUID referralId) {
        return referrals.forTreatment(caller, referralId, "Sessions are booked and recorded");
    }
}
