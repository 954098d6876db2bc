package org.socialprescribing.treatment.session;

import org.socialprescribing.referral.persistence.Referral;

/** Fired, in the same transaction, whenever a session's attendance is recorded or corrected. */
public record AttendanceRecorded(
        Referral referral, TreatmentSession session, Attendance previous) {}
