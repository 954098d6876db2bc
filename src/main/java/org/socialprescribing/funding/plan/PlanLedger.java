package org.socialprescribing.funding.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.socialprescribing.funding.plan.FundingApi.ShareView;
import org.socialprescribing.funding.scheme.Budgets;
import org.socialprescribing.funding.scheme.FundingScheme;
import org.socialprescribing.funding.scheme.SplitDefinition;

/**
 * A plan's money, payer by payer: each funder's share is committed, spent and released against that
 * funder's own money ({@link Budgets}), and the plan's amounts are the sums of its shares. Shares
 * move in one order (the scheme's own funder first, then co-funders by code), so two plans of one
 * scheme never wait on each other's rows in opposite orders.
 */
@ApplicationScoped
public class PlanLedger {
    private final PlanFunderShareRepository shares;
    private final Budgets budgets;

    public PlanLedger(PlanFunderShareRepository shares, Budgets budgets) {
        this.shares = shares;
        this.budgets = budgets;
    }

    /**
     * Opens the plan's books: one share for the scheme's own funder (even at 0 pence) and one for
     * each other funder the split charges. The plan must be persisted first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(FundingPlan plan, FundingScheme scheme, List<ShareView> perSession) {
        Map<String, Long> pence = new TreeMap<>();
        pence.put(scheme.funderCode, 0L);
        perSession.stream()
                .filter(share -> !SplitDefinition.PATIENT.equals(share.payer()))
                .forEach(share -> pence.merge(share.payer(), share.pence(), Long::sum));
        pence.forEach(
                (funder, perSessionPence) ->
                        shares.persist(new PlanFunderShare(plan.id, funder, perSessionPence)));
    }

    /**
     * Holds each funder's share of every approved session against its money; all or none, since a
     * refusal (409 budget-exhausted) rolls the whole transaction back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void commit(FundingPlan plan, FundingScheme scheme) {
        List<PlanFunderShare> held = ordered(plan, scheme);
        for (PlanFunderShare share : held) {
            long pence = share.pencePerSession * plan.approvedSessions;
            budgets.commit(scheme, share.funderCode(), pence);
            share.committedPence = pence;
        }
        total(plan, held);
    }

    /** A delivered session: each funder's share of it moves from committed to spent. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void spendSession(FundingPlan plan, FundingScheme scheme) {
        moveSessions(plan, scheme, 1);
    }

    /** A session no longer chargeable (its attendance was corrected): the spend goes back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void unspendSession(FundingPlan plan, FundingScheme scheme) {
        moveSessions(plan, scheme, -1);
    }

    /** The referral finished: each funder gets back what the plan held and did not spend. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(FundingPlan plan, FundingScheme scheme) {
        List<PlanFunderShare> held = ordered(plan, scheme);
        for (PlanFunderShare share : held) {
            budgets.release(scheme, share.funderCode(), share.committedPence);
            share.releasedPence += share.committedPence;
            share.committedPence = 0;
        }
        total(plan, held);
    }

    /** Moves sessions' worth of each share from committed to spent (negative: back). */
    private void moveSessions(FundingPlan plan, FundingScheme scheme, int sessions) {
        List<PlanFunderShare> held = ordered(plan, scheme);
        for (PlanFunderShare share : held) {
            long pence = share.pencePerSession * sessions;
            budgets.spend(scheme, share.funderCode(), pence);
            share.committedPence -= pence;
            share.spentPence += pence;
        }
        total(plan, held);
        plan.patientChargedPence += plan.patientPencePerSession * sessions;
    }

    /** The plan's funder shares: the scheme's own funder first, then co-funders by code. */
    private List<PlanFunderShare> ordered(FundingPlan plan, FundingScheme scheme) {
        return shares.ofPlan(plan.id).stream()
                .sorted(
                        Comparator.comparing(
                                        (PlanFunderShare share) ->
                                                !share.funderCode().equals(scheme.funderCode))
                                .thenComparing(PlanFunderShare::funderCode))
                .toList();
    }

    private static void total(FundingPlan plan, List<PlanFunderShare> held) {
        plan.committedPence = held.stream().mapToLong(share -> share.committedPence).sum();
        plan.spentPence = held.stream().mapToLong(share -> share.spentPence).sum();
        plan.releasedPence = held.stream().mapToLong(share -> share.releasedPence).sum();
    }
}
