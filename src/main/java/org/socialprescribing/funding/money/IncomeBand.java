package org.socialprescribing.funding.money;

/**
 * A sliding-scale band: up to an equivalised annual income, the patient pays this per session.
 *
 * @param maxEquivalisedIncomePence the highest equivalised income in the band, inclusive; null for
 *     the open-ended top band
 * @param contributionPence what the patient pays per session (capped at the session fee)
 */
public record IncomeBand(String code, Long maxEquivalisedIncomePence, long contributionPence) {}
