package org.socialprescribing.funding.statement;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.socialprescribing.funding.scheme.SchemeRoute;

/**
 * Where a funder's money stands: per scheme, the budget and what is committed, spent and left now;
 * and, in the period, what was spent, how many sessions were funded, and the patients'
 * contributions due and paid.
 */
public record FunderStatement(
        @NotNull String funderCode,
        LocalDate from,
        LocalDate to,
        @NotNull List<SchemeLine> schemes,
        @NotNull Totals totals) {

    @Schema(name = "StatementSchemeLine")
    public record SchemeLine(
            @NotNull UUID schemeId,
            @NotNull String name,
            @NotNull SchemeRoute route,
            @NotNull long budgetPence,
            @NotNull long committedPence,
            @NotNull long spentPence,
            @NotNull long remainingPence,
            @NotNull long spentInPeriodPence,
            @NotNull long sessionsFundedInPeriod,
            @NotNull long patientContributionsDuePence,
            @NotNull long patientContributionsPaidPence) {}

    @Schema(name = "StatementTotals")
    public record Totals(
            @NotNull long budgetPence,
            @NotNull long committedPence,
            @NotNull long spentPence,
            @NotNull long remainingPence,
            @NotNull long spentInPeriodPence,
            @NotNull long sessionsFundedInPeriod,
            @NotNull long patientContributionsDuePence,
            @NotNull long patientContributionsPaidPence) {}
}
