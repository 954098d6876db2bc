package org.socialprescribing.funding.scheme;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class FundingSchemeRepository implements PanacheRepositoryBase<FundingScheme, UUID> {

    /**
     * Adds to what the scheme has committed, only if what remains covers it: one conditional
     * UPDATE, so of two racing commitments only one can take the last of a budget.
     *
     * @return whether the budget covered it
     */
    public boolean commitIfCovered(UUID schemeId, long pence) {
        return moveBudget(
                        "update FundingScheme s set s.committedPence = s.committedPence + :pence"
                                + " where s.id = :id"
                                + " and s.budgetPence - s.committedPence - s.spentPence >= :pence",
                        schemeId,
                        pence)
                == 1;
    }

    /** Turns committed money into spend (a negative amount turns it back). */
    public void spendCommitted(UUID schemeId, long pence) {
        moveBudget(
                "update FundingScheme s set s.committedPence = s.committedPence - :pence,"
                        + " s.spentPence = s.spentPence + :pence where s.id = :id",
                schemeId,
                pence);
    }

    /** Gives back commitment that will not be spent. */
    public void releaseCommitted(UUID schemeId, long pence) {
        moveBudget(
                "update FundingScheme s set s.committedPence = s.committedPence - :pence"
                        + " where s.id = :id",
                schemeId,
                pence);
    }

    private int moveBudget(String hql, UUID schemeId, long pence) {
        if (pence == 0) {
            return 1;
        }
        int changed =
                getEntityManager()
                        .createQuery(hql)
                        .setParameter("pence", pence)
                        .setParameter("id", schemeId)
                        .executeUpdate();
        flush();
        return changed;
    }
}
