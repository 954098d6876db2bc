package org.socialprescribing.referral.domain;

/** Coded reasons a course of treatment ends before it was planned to. */
public enum EndReason {
    PATIENT_WITHDREW,
    DID_NOT_ATTEND,
    CLINICAL_CONCERN,
    REFERRED_ELSEWHERE,
    GOALS_MET_EARLY,
    OTHER
}
