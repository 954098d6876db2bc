package org.socialprescribing.funding.scheme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.error.ProblemType;

/**
 * The only place a scheme's budget moves. Each change is one conditional UPDATE, so concurrent
 * approvals cannot both take the last of a budget: the loser's update matches no row and it gets
 * 409 budget-exhausted. The table's check constraint is a second guard.
 */
@ApplicationScoped
public class Budgets {
    private final EntityManager entityManager;

    public Budgets(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Commits part of the budget to a plan, or refuses if what remains is less. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void commit(UUID schemeId, long pence) {
        int changed =
                update(
                        "update FundingScheme s set s.committedPence = s.committedPence + :pence"
                                + " where s.id = :id and s.budgetPence - s.committedPence - s.spentPence >= :pence",
                        schemeId,
                        pence);
        if (changed == 0) {
            throw new DomainException(
                    ProblemType.BUDGET_EXHAUSTED,
                    "The scheme's remaining budget is less than the "
                            + pence
                            + " pence this plan needs");
        }
    }

    /** Turns committed money into spend (an attended session was paid for). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void spend(UUID schemeId, long pence) {
        update(
                "update FundingScheme s set s.committedPence = s.committedPence - :pence,"
                        + " s.spentPence = s.spentPence + :pence where s.id = :id",
                schemeId,
                pence);
    }

    /** Turns spend back into commitment (a paid session's attendance was corrected). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void unspend(UUID schemeId, long pence) {
        spend(schemeId, -pence);
    }

    /** Gives back commitment that will not be spent (cancelled or ended early). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(UUID schemeId, long pence) {
        update(
                "update FundingScheme s set s.committedPence = s.committedPence - :pence where s.id = :id",
                schemeId,
                pence);
    }

    private int update(String hql, UUID schemeId, long pence) {
        if (pence == 0) {
            return 1;
        }
        int changed =
                entityManager
                        .createQuery(hql)
                        .setParameter("pence", pence)
                        .setParameter("id", schemeId)
                        .executeUpdate();
        entityManager.flush();
        return changed;
    }
}
