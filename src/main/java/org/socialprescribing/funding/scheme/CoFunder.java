package org.socialprescribing.funding.scheme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/**
 * A funder that pays a share of another funder's scheme (a council's third of an ICB's split): what
 * it has committed and spent there, from its own money, not the scheme's budget, which is the
 * owning funder's. It may cap what it puts in; committed plus spent never passes the cap (the
 * database refuses it, and {@link Budgets} moves the amounts only by conditional updates).
 */
@Entity
@Table(name = "funding_scheme_co_funder")
public class CoFunder {
    @EmbeddedId public Key key;

    /** The most the co-funder puts into the scheme; null for no cap. */
    @Column(name = "budget_pence")
    public Long budgetPence;

    @Column(name = "committed_pence")
    public long committedPence;

    @Column(name = "spent_pence")
    public long spentPence;

    public String funderCode() {
        return key.funderCode();
    }

    /** What is left under the cap; null when there is none. */
    public Long remainingPence() {
        return budgetPence == null ? null : budgetPence - committedPence - spentPence;
    }

    @Embeddable
    public record Key(
            @Column(name = "scheme_id") UUID schemeId,
            @Column(name = "funder_code") String funderCode)
            implements Serializable {}
}
