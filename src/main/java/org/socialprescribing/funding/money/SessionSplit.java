package org.socialprescribing.funding.money;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A session fee divided between payers; the shares always add up to the fee. Each payer appears at
 * most once; a payer who pays nothing is normally left out (see {@link Splits}).
 */
public record SessionSplit(long feePence, List<Share> shares) {
    public SessionSplit {
        shares = List.copyOf(shares);
        if (shares.isEmpty()) {
            throw new IllegalArgumentException("a split needs at least one share");
        }
        long total = 0;
        Set<Payer> payers = new HashSet<>();
        for (Share share : shares) {
            if (!payers.add(share.payer())) {
                throw new IllegalArgumentException(share.payer() + " appears twice in a split");
            }
            total = Math.addExact(total, share.pence());
        }
        // The one promise a split makes: nobody is charged a penny more or less than the fee.
        if (total != feePence) {
            throw new IllegalArgumentException(
                    "shares add up to " + total + " pence, not the fee of " + feePence);
        }
    }

    public long patientPence() {
        return pence(Payer.patient());
    }

    public long fundersPence() {
        return feePence - patientPence();
    }

    /** What this payer pays; 0 for a payer with no share. */
    public long pence(Payer payer) {
        return shares.stream()
                .filter(share -> share.payer().equals(payer))
                .mapToLong(Share::pence)
                .sum();
    }
}
