package org.socialprescribing.funding.money;

/**
 * How a scheme divides each session's fee between payers; one kind per funding route. {@link
 * Splits} validates a rule and applies it to a fee.
 */
public sealed interface SplitRule
        permits WholeFee, GrantPart, SlidingScale, FixedShares, PatientPays {}
