package org.socialprescribing.treatment.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.socialprescribing.audit.AuditAction;
import org.socialprescribing.audit.AuditLog;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.error.ProblemType;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.common.web.Params;
import org.socialprescribing.feed.ChangeEventType;
import org.socialprescribing.feed.ChangeFeed;
import org.socialprescribing.inbox.Inbox;
import org.socialprescribing.inbox.InboxKind;
import org.socialprescribing.letter.LetterContent;
import org.socialprescribing.referral.domain.ReferralAction;
import org.socialprescribing.referral.domain.ReferralStatus;
import org.socialprescribing.referral.persistence.Referral;
import org.socialprescribing.referral.service.ReferralService;
import org.socialprescribing.treatment.session.SessionApi.AttendanceRequest;
import org.socialprescribing.treatment.session.SessionApi.SessionRequest;
import org.socialprescribing.treatment.session.SessionApi.SessionView;

/**
 * Booking sessions on an accepted referral and recording what happened. The first attended session
 * starts treatment; two did-not-attends in a row reach the GP's inbox.
 */
@ApplicationScoped
public class SessionService {
    private static final int CONSECUTIVE_MISSES_OF_CONCERN = 2;
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final EntityManager entityManager;
    private final ReferralService referrals;
    private final Inbox inbox;
    private final ChangeFeed feed;
    private final AuditLog audit;
    private final BookingAllowance allowance;
    private final Event<AttendanceRecorded> attendanceRecorded;
    private final Clock clock;

    public SessionService(
            EntityManager entityManager,
            ReferralService referrals,
            Inbox inbox,
            ChangeFeed feed,
            AuditLog audit,
            BookingAllowance allowance,
            Event<AttendanceRecorded> attendanceRecorded,
            Clock clock) {
        this.entityManager = entityManager;
        this.referrals = referrals;
        this.inbox = inbox;
        this.feed = feed;
        this.audit = audit;
        this.allowance = allowance;
        this.attendanceRecorded = attendanceRecorded;
        this.clock = clock;
    }

    @Transactional
    public SessionView book(Caller caller, UUID referralId, SessionRequest request) {
        Referral referral = activeReferral(caller, referralId);
        if (request.mode() == DeliveryMode.IN_PERSON
                && (request.location() == null || request.location().isBlank())) {
            throw Params.invalid("location", "is needed for a session in person");
        }
        allowance.requireRoomForAnotherSession(referral, booked(referral.id));
        TreatmentSession session = new TreatmentSession();
        session.id = UUID.randomUUID();
        session.referralId = referral.id;
        session.scheduledAt = request.scheduledAt().toInstant().truncatedTo(ChronoUnit.MICROS);
        session.durationMinutes = request.durationMinutes();
        session.format = request.format();
        session.mode = request.mode();
        session.location = request.location();
        session.createdAt = now();
        entityManager.persist(session);
        audit.record(caller, AuditAction.SESSION_RECORDED, referral.id);
        return SessionView.of(session);
    }

    @Transactional
    public List<SessionView> list(Caller caller, UUID referralId) {
        Referral referral = referrals.forReader(caller, referralId);
        audit.record(caller, AuditAction.SESSIONS_READ, referral.id);
        return sessionsOf(referral.id).stream().map(SessionView::of).toList();
    }

    @Transactional
    public SessionView recordAttendance(
            Caller caller, UUID referralId, UUID sessionId, AttendanceRequest request) {
        Referral referral = activeReferral(caller, referralId);
        TreatmentSession session = entityManager.find(TreatmentSession.class, sessionId);
        if (session == null || !session.referralId.equals(referral.id)) {
            throw DomainException.notFound("Session " + sessionId);
        }
        if (request.attendance().needsSessionToHaveStarted()
                && session.scheduledAt.isAfter(now())) {
            throw new DomainException(
                    ProblemType.ATTENDANCE_BEFORE_SESSION,
                    "The session is at "
                            + session.scheduledAt
                            + "; record attendance once it has begun");
        }
        Attendance previous = session.attendance;
        session.attendance = request.attendance();
        session.attendanceNote = request.note();
        session.attendanceRecordedAt = now();
        entityManager.flush();
        countAttendance(referral, previous, -1);
        countAttendance(referral, session.attendance, 1);
        if (request.attendance() == Attendance.ATTENDED && referral.secondsToFirstSession == null) {
            referral.secondsToFirstSession =
                    Math.max(
                            0,
                            Duration.between(referral.createdAt, session.scheduledAt).toSeconds());
        }
        if (request.attendance() == Attendance.ATTENDED
                && referral.status == ReferralStatus.ACCEPTED) {
            referrals.advance(
                    caller,
                    referral,
                    ReferralAction.START_TREATMENT,
                    null,
                    "First session attended");
        }
        updateMissedRun(referral);
        attendanceRecorded.fire(new AttendanceRecorded(referral, session, previous));
        audit.record(caller, AuditAction.SESSION_RECORDED, referral.id);
        return SessionView.of(session);
    }

    /** What was offered and taken up, for the treatment-summary letter. */
    @Transactional(Transactional.TxType.MANDATORY)
    public LetterContent.Course course(Referral referral) {
        List<TreatmentSession> sessions = sessionsOf(referral.id);
        int attended = count(sessions, Attendance.ATTENDED);
        List<TreatmentSession> taken =
                sessions.stream().filter(s -> s.attendance == Attendance.ATTENDED).toList();
        boolean endedEarly = referral.status == ReferralStatus.ENDED_EARLY;
        return new LetterContent.Course(
                sessions.size() - count(sessions, Attendance.CANCELLED_BY_PRACTITIONER),
                attended,
                count(sessions, Attendance.DID_NOT_ATTEND),
                count(sessions, Attendance.CANCELLED_BY_PATIENT),
                count(sessions, Attendance.CANCELLED_BY_PRACTITIONER),
                taken.isEmpty() ? null : taken.get(0).scheduledAt.atZone(UK).toLocalDate(),
                taken.isEmpty()
                        ? null
                        : taken.get(taken.size() - 1).scheduledAt.atZone(UK).toLocalDate(),
                endedEarly,
                endedEarly ? referral.statusReason : null);
    }

    /** Did-not-attends since the last attended session; the GP hears when it reaches two. */
    /** Keeps the referral's attended and did-not-attend counts, which the activity report sums. */
    private static void countAttendance(Referral referral, Attendance attendance, int change) {
        if (attendance == Attendance.ATTENDED) {
            referral.sessionsAttended += change;
        } else if (attendance == Attendance.DID_NOT_ATTEND) {
            referral.sessionsDidNotAttend += change;
        }
    }

    private void updateMissedRun(Referral referral) {
        int run = 0;
        for (TreatmentSession session : sessionsOf(referral.id)) {
            if (session.attendance == Attendance.ATTENDED) {
                run = 0;
            } else if (session.attendance == Attendance.DID_NOT_ATTEND) {
                run++;
            }
        }
        int before = referral.consecutiveDidNotAttend;
        referral.consecutiveDidNotAttend = run;
        if (before < CONSECUTIVE_MISSES_OF_CONCERN && run >= CONSECUTIVE_MISSES_OF_CONCERN) {
            inbox.deliver(
                    referral.practice.odsCode,
                    referral.id,
                    InboxKind.ATTENDANCE_CONCERN,
                    null,
                    false,
                    run + " sessions missed in a row: " + referral.patient.label());
            feed.publish(
                    ChangeEventType.ATTENDANCE_CONCERN, ReferralService.origin(referral), null);
        }
    }

    private Referral activeReferral(Caller caller, UUID referralId) {
        return referrals.inTreatmentForPerformer(
                caller, referralId, "Sessions are booked and recorded");
    }

    private List<TreatmentSession> sessionsOf(UUID referralId) {
        return entityManager
                .createQuery(
                        "from TreatmentSession s where s.referralId = :referral order by s.scheduledAt, s.id",
                        TreatmentSession.class)
                .setParameter("referral", referralId)
                .getResultList();
    }

    /** Sessions that count against an allowance: all but those the practitioner cancelled. */
    private int booked(UUID referralId) {
        return (int)
                sessionsOf(referralId).stream()
                        .filter(s -> s.attendance != Attendance.CANCELLED_BY_PRACTITIONER)
                        .count();
    }

    private static int count(List<TreatmentSession> sessions, Attendance attendance) {
        return (int) sessions.stream().filter(s -> s.attendance == attendance).count();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
