package org.socialprescribing.treatment.session;

import java.util.UUID;

/**
 * Whether one more session may be booked on a referral: funding limits sessions to those approved.
 * Implemented where funding lives, so sessions do not depend on it.
 */
public interface BookingAllowance {
    /** Throws a domain exception (409) when the referral may not have another session. */
    void requireRoomForAnotherSession(UUID referralId, int sessionsBooked);
}
