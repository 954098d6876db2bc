package org.socialprescribing.funding.money;

import java.util.List;

/**
 * Patient co-payment adjusted to income: the patient pays the contribution of the band their
 * equivalised income falls in (capped at the fee, nothing on means-tested benefits), and the funder
 * pays the rest. See {@link Splits#band} for how the band is chosen.
 */
public record SlidingScale(String funderCode, List<IncomeBand> bands) implements SplitRule {}
