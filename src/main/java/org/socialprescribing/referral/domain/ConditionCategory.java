package org.socialprescribing.referral.domain;

public enum ConditionCategory {
    MSK,
    MENTAL_HEALTH,
    OTHER
}
