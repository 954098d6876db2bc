package org.socialprescribing.funding.statement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.socialprescribing.funding.scheme.SchemeRoute;

/**
 * Where a funder's money stands: per scheme, the budget and what is committed, spent and left now;
 * and, in the period, what was spent, how many sessions were funded, and the patients'
 * contributions due and paid.
 */
public record FunderStatement(
        String funderCode, LocalDate from, LocalDate to, List<SchemeLine> schemes, Totals totals) {

    public record SchemeLine(
            UUID schemeId,
            String name,
            SchemeRoute route,
            long budgetPence,
            long committedPence,
            long spentPence,
            long remainingPence,
            long spentInPeriodPence,
            long sessionsFundedInPeriod,
            long patientContributionsDuePence,
            long patientContributionsPaidPence) {}

    public record Totals(
            long budgetPence,
            long committedPence,
            long spentPence,
            long remainingPence,
            long spentInPeriodPence,
            long sessionsFundedInPeriod,
            long patientContributionsDuePence,
            long patientContributionsPaidPence) {}
}
