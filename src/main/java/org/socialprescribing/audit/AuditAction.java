package org.socialprescribing.audit;

/** What was done with patient-identifiable data. */
public enum AuditAction {
    REFERRAL_CREATED,
    REFERRAL_READ,
    REFERRAL_LISTED,
    REFERRAL_HISTORY_READ,
    REFERRAL_UPDATED
}
