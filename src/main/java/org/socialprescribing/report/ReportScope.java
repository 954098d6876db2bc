package org.socialprescribing.report;

import java.util.Map;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.common.security.Role;

/**
 * What a report may count: an admin everything; a commissioner the referrals of practices in its
 * ICB (when it is one) and the referrals its funding schemes pay for, and the money of its own
 * schemes only; never another's.
 */
public record ReportScope(String clause, Map<String, Object> parameters) {
    private static final String EVERYTHING = "1 = 1";

    /** The referrals {@code r} the caller may count. */
    public static ReportScope of(Caller caller) {
        if (caller.has(Role.ADMIN)) {
            return everything();
        }
        String org = commissioner(caller);
        return new ReportScope(
                "(r.practice.icbCode = :scopeOrg or r.id in (select sp.referralId"
                        + " from FundingPlan sp, FundingScheme ss where ss.id = sp.schemeId"
                        + " and ss.funderCode = :scopeOrg and "
                        + FundedPlans.funds("sp")
                        + "))",
                Map.of("scopeOrg", org));
    }

    /** The funding schemes {@code s} whose money the caller may see: its own funder's. */
    public static ReportScope schemes(Caller caller) {
        if (caller.has(Role.ADMIN)) {
            return everything();
        }
        return new ReportScope(
                "s.funderCode = :scopeOrg", Map.of("scopeOrg", commissioner(caller)));
    }

    private static ReportScope everything() {
        return new ReportScope(EVERYTHING, Map.of());
    }

    /** Whether the scope is every referral, so that a query need not read the referral for it. */
    public boolean isEverything() {
        return clause.equals(EVERYTHING);
    }

    private static String commissioner(Caller caller) {
        return caller.organisation(Role.COMMISSIONER)
                .orElseThrow(() -> DomainException.forbidden("Reports are for commissioners"));
    }
}
