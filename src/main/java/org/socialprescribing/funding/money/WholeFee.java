package org.socialprescribing.funding.money;

/**
 * The funder pays the whole fee: commissioned, prior-approval and personal-health-budget routes.
 */
public record WholeFee(String funderCode) implements SplitRule {}
