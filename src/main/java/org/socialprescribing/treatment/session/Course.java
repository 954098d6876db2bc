package org.socialprescribing.treatment.session;

import java.time.LocalDate;
import java.util.List;
import org.socialprescribing.common.time.UkTime;
import org.socialprescribing.referral.domain.AttendanceFigures;

/**
 * What a referral's sessions add up to: what was offered and what was taken up (the letter's
 * course), and the attendance figures the referral keeps.
 */
public record Course(
        int sessionsOffered,
        int sessionsAttended,
        int didNotAttend,
        int cancelledByPatient,
        int cancelledByPractitioner,
        LocalDate firstSession,
        LocalDate lastSession) {

    /** Two did-not-attends in a row are a concern the GP hears about. */
    static final int CONSECUTIVE_MISSES_OF_CONCERN = 2;

    /** The sessions in the order they happen. */
    static Course of(List<TreatmentSession> sessions) {
        List<TreatmentSession> taken =
                sessions.stream().filter(s -> s.attendance == Attendance.ATTENDED).toList();
        return new Course(
                sessions.size() - count(sessions, Attendance.CANCELLED_BY_PRACTITIONER),
                taken.size(),
                count(sessions, Attendance.DID_NOT_ATTEND),
                count(sessions, Attendance.CANCELLED_BY_PATIENT),
                count(sessions, Attendance.CANCELLED_BY_PRACTITIONER),
                taken.isEmpty() ? null : UkTime.dayOf(taken.get(0).scheduledAt),
                taken.isEmpty() ? null : UkTime.dayOf(taken.get(taken.size() - 1).scheduledAt));
    }

    /** What the referral keeps after {@code recorded}'s attendance was recorded. */
    static AttendanceFigures figures(List<TreatmentSession> sessions, TreatmentSession recorded) {
        return new AttendanceFigures(
                count(sessions, Attendance.ATTENDED),
                count(sessions, Attendance.DID_NOT_ATTEND),
                missedInARow(sessions),
                recorded.attendance == Attendance.ATTENDED ? recorded.scheduledAt : null);
    }

    /**
     * Sessions that count against a funding allowance: all but those the practitioner cancelled.
     */
    static int booked(List<TreatmentSession> sessions) {
        return sessions.size() - count(sessions, Attendance.CANCELLED_BY_PRACTITIONER);
    }

    /** Did-not-attends since the last attended session. */
    private static int missedInARow(List<TreatmentSession> sessions) {
        int run = 0;
        for (TreatmentSession session : sessions) {
            if (session.attendance == Attendance.ATTENDED) {
                run = 0;
            } else if (session.attendance == Attendance.DID_NOT_ATTEND) {
                run++;
            }
        }
        return run;
    }

    private static int count(List<TreatmentSession> sessions, Attendance attendance) {
        return (int) sessions.stream().filter(s -> s.attendance == attendance).count();
    }
}
