package org.socialprescribing.funding.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/**
 * One funder's part of a plan: what it pays per session, and what of its money the plan holds, has
 * spent and has given back. Each plan has one for the scheme's own funder (even at 0 pence, as on a
 * self-funded scheme) and one for each co-funder that pays something; the plan's own amounts are
 * their sums. Only {@link PlanLedger} changes them.
 */
@Entity
@Table(name = "funding_plan_funder_share")
public class PlanFunderShare {
    @EmbeddedId public Key key;

    @Column(name = "pence_per_session")
    public long pencePerSession;

    @Column(name = "committed_pence")
    public long committedPence;

    @Column(name = "spent_pence")
    public long spentPence;

    @Column(name = "released_pence")
    public long releasedPence;

    public PlanFunderShare() {}

    PlanFunderShare(UUID planId, String funderCode, long pencePerSession) {
        this.key = new Key(planId, funderCode);
        this.pencePerSession = pencePerSession;
    }

    public String funderCode() {
        return key.funderCode();
    }

    @Embeddable
    public record Key(
            @Column(name = "plan_id") UUID planId, @Column(name = "funder_code") String funderCode)
            implements Serializable {}
}
