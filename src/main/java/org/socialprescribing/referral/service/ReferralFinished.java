package org.socialprescribing.referral.service;

import org.socialprescribing.referral.persistence.Referral;

/**
 * Fired, in the same transaction, when a referral is completed, ended early or cancelled, so that
 * other features (such as funding, which releases what is unused) can close their part.
 */
public record ReferralFinished(Referral referral) {}
