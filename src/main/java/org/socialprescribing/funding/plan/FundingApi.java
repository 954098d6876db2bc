package org.socialprescribing.funding.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.socialprescribing.funding.scheme.SchemeRoute;

/** Wire shapes of a referral's funding. */
public final class FundingApi {
    private FundingApi() {}

    public record FundingRequest(
            @NotNull UUID schemeId,
            @Schema(description = "Sessions to fund; the scheme's maximum when absent")
                    @Min(1)
                    @Max(52)
                    Integer sessions,
            @Schema(
                            description =
                                    "For SLIDING_SCALE: only what the calculation needs; income is not stored")
                    @Valid
                    MeansDetails means,
            @Schema(
                            description =
                                    "For PERSONAL_HEALTH_BUDGET: what remains of the budget, in pence")
                    @Min(0)
                    Long personalHealthBudgetRemainingPence,
            @Schema(
                            description =
                                    "Why this patient needs it: shown to the funding panel, without identifiers")
                    @Size(max = 4000)
                    String clinicalJustification) {}

    public record MeansDetails(
            @NotNull Boolean receivesMeansTestedBenefits,
            @Min(0) Long annualHouseholdIncomePence,
            @Min(1) @Max(20) Integer householdSize) {}

    public record DeclineRequest(@NotBlank @Size(max = 2000) String reason) {}

    public record ApproveRequest(@Size(max = 2000) String comment) {}

    /** One payer's part of each session's fee. */
    public record ShareView(
            @NotNull @Schema(description = "A funder code, or PATIENT") String payer,
            @NotNull long pence) {}

    public record PlanView(
            @NotNull UUID id,
            @NotNull UUID referralId,
            @NotNull UUID schemeId,
            @NotNull String schemeName,
            @NotNull SchemeRoute route,
            @NotNull PlanStatus status,
            @NotNull long sessionFeePence,
            @NotNull int approvedSessions,
            @NotNull List<ShareView> perSession,
            @NotNull long patientPencePerSession,
            @NotNull long funderPencePerSession,
            @NotNull @Schema(description = "The funders' share of all approved sessions")
                    long totalFunderPence,
            @NotNull long committedPence,
            @NotNull long spentPence,
            @NotNull long releasedPence,
            String incomeBand,
            String decisionReason,
            Instant decidedAt) {}

    /**
     * A prior-approval request as the funding panel sees it: the case and the cost, no identifiers.
     */
    public record PanelView(
            @NotNull UUID planId,
            @NotNull String schemeName,
            @NotNull String practiceOdsCode,
            @NotNull String therapyCode,
            @NotNull List<String> conditionCategories,
            @NotNull String urgency,
            @NotNull Integer patientAgeYears,
            String clinicalJustification,
            @NotNull int sessions,
            @NotNull long sessionFeePence,
            @NotNull long totalFunderPence,
            @NotNull PlanStatus status,
            @NotNull Instant requestedAt) {}
}
