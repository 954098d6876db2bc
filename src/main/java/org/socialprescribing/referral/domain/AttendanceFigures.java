package org.socialprescribing.referral.domain;

import java.time.Instant;

/**
 * What a referral keeps of its sessions after an attendance is recorded: the sessions attended and
 * not attended, the did-not-attends since the last attended session, and, when the session just
 * recorded was attended, when it was (the first one sets the time to first session).
 */
public record AttendanceFigures(
        int attended, int didNotAttend, int missedInARow, Instant attendedSessionAt) {}
