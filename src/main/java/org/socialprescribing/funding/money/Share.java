package org.socialprescribing.funding.money;

import java.util.Objects;

/** What one payer pays of one session's fee, in pence. */
public record Share(Payer payer, long pence) {
    public Share {
        Objects.requireNonNull(payer, "payer");
        if (pence < 0) {
            throw new IllegalArgumentException("a share cannot be negative: " + pence);
        }
    }
}
