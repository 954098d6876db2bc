package org.socialprescribing.funding.money;

import java.util.List;

/**
 * Fixed shares between several funders and optionally the patient, such as a council, the NHS and
 * the patient paying a third each. The shares sum to exactly 10,000 basis points; each is rounded
 * down to the penny and the pennies left over go to the rounding party, one of the shares' payers.
 */
public record FixedShares(List<FixedShare> shares, Payer roundingParty) implements SplitRule {}
