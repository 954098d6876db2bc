package org.socialprescribing.funding.scheme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.error.ProblemType;

/**
 * The only place funders' money moves, each funder's in its own books: the scheme's budget holds
 * the owning funder's share only; a co-funder's share moves on its {@link CoFunder} row, within its
 * cap if it set one. Each change is one conditional UPDATE, so concurrent approvals cannot both
 * take the last of a budget or a cap: the loser's update matches no row and it gets 409
 * budget-exhausted. The tables' check constraints are a second guard.
 */
@ApplicationScoped
public class Budgets {
    private final FundingSchemeRepository schemes;
    private final CoFunderRepository coFunders;

    public Budgets(FundingSchemeRepository schemes, CoFunderRepository coFunders) {
        this.schemes = schemes;
        this.coFunders = coFunders;
    }

    /** Commits part of the funder's money to a plan, or refuses if what remains is less. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void commit(FundingScheme scheme, String funderCode, long pence) {
        if (scheme.funderCode.equals(funderCode)) {
            if (!schemes.commitIfCovered(scheme.id, pence)) {
                throw exhausted("The scheme's remaining budget is less than the " + pence);
            }
        } else if (!coFunders.commitIfCovered(scheme.id, funderCode, pence)) {
            throw exhausted(
                    "What remains of funder "
                            + funderCode
                            + "'s contribution to the scheme is less than the "
                            + pence);
        }
    }

    /**
     * Turns the funder's committed money into spend (a session was paid for); a negative amount
     * turns spend back into commitment (a paid session's attendance changed).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void spend(FundingScheme scheme, String funderCode, long pence) {
        if (scheme.funderCode.equals(funderCode)) {
            schemes.spendCommitted(scheme.id, pence);
        } else {
            requireMoved(coFunders.spendCommitted(scheme.id, funderCode, pence), funderCode);
        }
    }

    /** Gives back the funder's commitment that will not be spent (cancelled or ended early). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(FundingScheme scheme, String funderCode, long pence) {
        if (scheme.funderCode.equals(funderCode)) {
            schemes.releaseCommitted(scheme.id, pence);
        } else {
            requireMoved(coFunders.releaseCommitted(scheme.id, funderCode, pence), funderCode);
        }
    }

    private static DomainException exhausted(String what) {
        return new DomainException(ProblemType.BUDGET_EXHAUSTED, what + " pence this plan needs");
    }

    /** Money may not vanish: a co-funder's share moves on its row, which must be there. */
    private static void requireMoved(int changed, String funderCode) {
        if (changed != 1) {
            throw new IllegalStateException(
                    "funder " + funderCode + " has no share in the scheme to move money on");
        }
    }
}
