package org.socialprescribing.funding.scheme;

import jakarta.enterprise.context.ApplicationScoped;
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
    private final FundingSchemeRepository schemes;

    public Budgets(FundingSchemeRepository schemes) {
        this.schemes = schemes;
    }

    /** Commits part of the budget to a plan, or refuses if what remains is less. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void commit(UUID schemeId, long pence) {
        if (!schemes.commitIfCovered(schemeId, pence)) {
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
        schemes.spendCommitted(schemeId, pence);
    }

    /** Turns spend back into commitment (a paid session's attendance was corrected). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void unspend(UUID schemeId, long pence) {
        schemes.spendCommitted(schemeId, -pence);
    }

    /** Gives back commitment that will not be spent (cancelled or ended early). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(UUID schemeId, long pence) {
        schemes.releaseCommitted(schemeId, pence);
    }
}
