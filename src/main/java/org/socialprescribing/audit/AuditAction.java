package org.socialprescribing.audit;

/** What was done with patient-identifiable data. */
public enum AuditAction {
    REFERRAL_CREATED,
    REFERRAL_READ,
    REFERRAL_LISTED,
    REFERRAL_HISTORY_READ,
    REFERRAL_UPDATED,
    SESSIONS_READ,
    SESSION_RECORDED,
    OUTCOMES_READ,
    OUTCOME_RECORDED,
    SAFETY_ALERTS_READ,
    SAFETY_ALERT_RAISED,
    LETTER_READ,
    LETTER_WRITTEN,
    LETTER_SENT,
    INBOX_READ,
    INBOX_ACKNOWLEDGED
}
