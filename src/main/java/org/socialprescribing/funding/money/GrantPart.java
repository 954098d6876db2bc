package org.socialprescribing.funding.money;

/**
 * A charity grant pays all of each session's fee (both amounts null), a fixed amount per session
 * (capped at the fee), or a percentage of it (rounded down to the penny); the patient pays the
 * rest.
 *
 * @param fixedPence the grant per session, or null
 * @param basisPoints the grant's share of the fee in basis points (10,000 = 100%), or null
 */
public record GrantPart(String funderCode, Long fixedPence, Integer basisPoints)
        implements SplitRule {}
