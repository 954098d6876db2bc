package org.socialprescribing.feed;

/** What happened, as GP and practitioner systems see it in the feed. */
public enum ChangeEventType {
    REFERRAL_CREATED("referral.created"),
    REFERRAL_STATUS_CHANGED("referral.status-changed"),
    ATTENDANCE_CONCERN("referral.attendance-concern"),
    SAFETY_ALERT_RAISED("safety-alert.raised"),
    LETTER_SENT("letter.sent"),
    FUNDING_DECIDED("funding.decided");

    private final String wireName;

    ChangeEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
