package org.socialprescribing.funding.scheme;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CoFunderRepository implements PanacheRepositoryBase<CoFunder, CoFunder.Key> {

    public List<CoFunder> ofScheme(UUID schemeId) {
        return list("key.schemeId", Sort.by("key.funderCode"), schemeId);
    }

    /**
     * Adds to what the co-funder has committed, only if its cap (if any) covers it: one conditional
     * UPDATE, so of two racing commitments only one can take the last of the cap.
     *
     * @return whether the cap covered it
     */
    public boolean commitIfCovered(UUID schemeId, String funderCode, long pence) {
        return move(
                        "update CoFunder c set c.committedPence = c.committedPence + :pence"
                                + " where c.key.schemeId = :scheme and c.key.funderCode = :funder"
                                + " and (c.budgetPence is null"
                                + " or c.budgetPence - c.committedPence - c.spentPence >= :pence)",
                        schemeId,
                        funderCode,
                        pence)
                == 1;
    }

    /** Turns committed money into spend (a negative amount turns it back). */
    public int spendCommitted(UUID schemeId, String funderCode, long pence) {
        return move(
                "update CoFunder c set c.committedPence = c.committedPence - :pence,"
                        + " c.spentPence = c.spentPence + :pence"
                        + " where c.key.schemeId = :scheme and c.key.funderCode = :funder",
                schemeId,
                funderCode,
                pence);
    }

    /** Gives back commitment that will not be spent. */
    public int releaseCommitted(UUID schemeId, String funderCode, long pence) {
        return move(
                "update CoFunder c set c.committedPence = c.committedPence - :pence"
                        + " where c.key.schemeId = :scheme and c.key.funderCode = :funder",
                schemeId,
                funderCode,
                pence);
    }

    private int move(String hql, UUID schemeId, String funderCode, long pence) {
        int changed =
                MoneyUpdates.run(
                        getEntityManager()
                                .createQuery(hql)
                                .setParameter("scheme", schemeId)
                                .setParameter("funder", funderCode),
                        pence);
        flush();
        return changed;
    }
}
