package org.socialprescribing.referral.domain;

/** Coded reasons a practitioner gives for declining a referral. */
public enum DeclineReason {
    NO_CAPACITY,
    NOT_SUITABLE_FOR_THERAPY,
    CONTRAINDICATED,
    OUTSIDE_SERVICE_AREA,
    NEEDS_DIFFERENT_SERVICE,
    PATIENT_UNCONTACTABLE,
    PATIENT_DECLINED,
    OTHER
}
