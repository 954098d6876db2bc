package org.socialprescribing.treatment.session;

/** What happened to a booked session. */
public enum Attendance {
    ATTENDED,
    DID_NOT_ATTEND,
    CANCELLED_BY_PATIENT,
    CANCELLED_BY_PRACTITIONER;

    /**
     * Attendance proper can only be known once the session has begun; a cancellation can come
     * before.
     */
    public boolean needsSessionToHaveStarted() {
        return this == ATTENDED || this == DID_NOT_ATTEND;
    }
}
