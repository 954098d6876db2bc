package org.socialprescribing.funding.statement;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.socialprescribing.funding.scheme.SchemeRoute;

/**
 * Where a funder's money stands: per scheme it owns, the budget and what is committed, spent and
 * left now; and, in the period, what it spent, how many sessions it funded, and the patients'
 * contributions due and paid. Its shares of other funders' SPLIT schemes are listed apart, from its
 * own books, since the scheme's budget is not its money. The totals are of the schemes it owns; the
 * co-funded totals of its shares.
 */
public record FunderStatement(
        @NotNull String funderCode,
        LocalDate from,
        LocalDate to,
        @NotNull @Schema(description = "The schemes the funder owns, with their budgets")
                List<SchemeLine> schemes,
        @NotNull Totals totals,
        @NotNull
                @Schema(
                        description =
                                "Its shares of other funders' SPLIT schemes, paid from its own"
                                        + " money; empty when it co-funds none")
                List<CoFundedLine> coFundedSchemes,
        @NotNull CoFundedTotals coFundedTotals) {

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

    /** The funder's share of another funder's SPLIT scheme. */
    @Schema(name = "StatementCoFundedLine")
    public record CoFundedLine(
            @NotNull UUID schemeId,
            @NotNull String name,
            @NotNull SchemeRoute route,
            @NotNull @Schema(description = "The funder that owns the scheme")
                    String ownerFunderCode,
            @Schema(description = "Its cap on what it puts in; absent for none") Long capPence,
            @NotNull long committedPence,
            @NotNull long spentPence,
            @Schema(description = "What is left under its cap; absent for none")
                    Long remainingPence,
            @NotNull long spentInPeriodPence,
            @NotNull long sessionsFundedInPeriod) {}

    @Schema(name = "StatementCoFundedTotals")
    public record CoFundedTotals(
            @NotNull long committedPence,
            @NotNull long spentPence,
            @NotNull long spentInPeriodPence,
            @NotNull long sessionsFundedInPeriod) {}

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
