package org.socialprescribing.report;

import java.util.List;
import java.util.stream.Collectors;
import org.socialprescribing.funding.plan.PlanStatus;

/**
 * The one definition of a funding plan that funds its referral: approved, or closed after being
 * approved (a closed plan keeps what it spent). A plan still pending approval when its referral
 * finished is closed too, but was never approved, so it funds nothing. Reports count these and no
 * others.
 */
public final class FundedPlans {
    private static final List<PlanStatus> STATUSES =
            List.of(PlanStatus.APPROVED, PlanStatus.CLOSED);

    private static final String IN_STATUSES =
            STATUSES.stream()
                    .map(status -> "'" + status.name() + "'")
                    .collect(Collectors.joining(", ", " in (", ")"));

    private FundedPlans() {}

    /** The HQL condition that the plan {@code alias} funds its referral. */
    public static String funds(String alias) {
        return alias + ".status" + IN_STATUSES + " and " + alias + ".approvedAt is not null";
    }
}
