package org.socialprescribing.referral.domain;

/** Where a referral is in its lifecycle. */
public enum ReferralStatus {
    AWAITING_TRIAGE,
    SENT,
    ACCEPTED,
    DECLINED,
    IN_TREATMENT,
    COMPLETED,
    ENDED_EARLY,
    CANCELLED;

    public boolean isFinished() {
        return this == COMPLETED || this == ENDED_EARLY || this == CANCELLED;
    }
}
