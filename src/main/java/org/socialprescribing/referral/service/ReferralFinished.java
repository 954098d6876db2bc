package org.socialprescribing.referral.service;

/**
 * Fired, in the same transaction, when a referral is completed, ended early or cancelled, so that
 * other features (such as funding, which releases what is unused) can close their part.
 */
public record ReferralFinished(ReferralFacts referral) {}
