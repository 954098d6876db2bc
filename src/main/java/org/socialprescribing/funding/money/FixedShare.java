package org.socialprescribing.funding.money;

/** A fixed share of the fee for one payer, in basis points (10,000 = 100%). */
public record FixedShare(Payer payer, int basisPoints) {}
