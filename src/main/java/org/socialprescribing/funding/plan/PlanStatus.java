package org.socialprescribing.funding.plan;

public enum PlanStatus {
    /** Waiting for the funder's commissioner (prior approval). */
    PENDING_APPROVAL,
    /** Funded: the funders' share of the approved sessions is committed against the budget. */
    APPROVED,
    DECLINED,
    /** The referral has finished; what was not spent has been released. */
    CLOSED
}
