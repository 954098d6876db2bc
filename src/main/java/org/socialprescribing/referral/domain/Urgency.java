package org.socialprescribing.referral.domain;

public enum Urgency {
    ROUTINE,
    URGENT
}
