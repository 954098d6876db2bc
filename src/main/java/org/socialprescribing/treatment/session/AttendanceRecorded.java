package org.socialprescribing.treatment.session;

import java.util.UUID;

/** Fired, in the same transaction, whenever a session's attendance is recorded or corrected. */
public record AttendanceRecorded(UUID referralId, TreatmentSession session, Attendance previous) {}
