package org.socialprescribing.funding.scheme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.socialprescribing.referral.domain.ReferralSource;

/** Wire shapes of funding schemes. */
public final class SchemeApi {
    private SchemeApi() {}

    public record SchemeRequest(
            @NotBlank @Size(max = 20) String funderCode,
            @NotBlank @Size(max = 200) String name,
            @NotNull SchemeRoute route,
            @NotNull @Min(1) @Max(100000) @Schema(description = "Pence") Long sessionFeePence,
            @NotNull @Min(1) @Max(52) Integer maxSessions,
            @NotNull LocalDate validFrom,
            @NotNull LocalDate validTo,
            @NotNull @Min(0) @Schema(description = "Pence") Long budgetPence,
            Boolean chargeDidNotAttend,
            @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 40) String> therapyCodes,
            @Size(max = 500) List<@NotBlank @Size(max = 10) String> practiceOdsCodes,
            @Size(max = 100) List<@NotBlank @Size(max = 10) String> pcnCodes,
            @Size(max = 20) List<@NotBlank @Size(max = 10) String> icbCodes,
            @Valid SplitDefinition split,
            @Size(max = 4)
                    @Schema(
                            description =
                                    "The routes in the scheme funds (many commissioned services"
                                            + " fund GP referrals only); none or empty: every route")
                    List<@NotNull ReferralSource> referralSources) {}

    public record SchemeView(
            @NotNull UUID id,
            @NotNull String funderCode,
            @NotNull String name,
            @NotNull SchemeRoute route,
            @NotNull long sessionFeePence,
            @NotNull int maxSessions,
            @NotNull LocalDate validFrom,
            @NotNull LocalDate validTo,
            @NotNull @Schema(description = "The scheme's own funder's money, in pence")
                    long budgetPence,
            @NotNull @Schema(description = "Of the budget, held for sessions not yet delivered")
                    long committedPence,
            @NotNull @Schema(description = "Of the budget, paid for delivered sessions")
                    long spentPence,
            @NotNull long remainingPence,
            @NotNull boolean chargeDidNotAttend,
            @NotNull List<String> therapyCodes,
            @NotNull List<String> practiceOdsCodes,
            @NotNull List<String> pcnCodes,
            @NotNull List<String> icbCodes,
            SplitDefinition split,
            @NotNull @Schema(description = "The routes in it funds; empty: every route")
                    List<ReferralSource> referralSources,
            @NotNull
                    @Schema(
                            description =
                                    "SPLIT: the other funders that pay a share, each from its own"
                                            + " money; empty on other routes")
                    List<CoFunderView> coFunders) {}

    /** A co-funder's money in the scheme, in pence: its own, not the scheme's budget. */
    public record CoFunderView(
            @NotNull String funderCode,
            @Schema(description = "Its cap on what it puts in; absent for none") Long budgetPence,
            @NotNull long committedPence,
            @NotNull long spentPence,
            @Schema(description = "What is left under its cap; absent for none")
                    Long remainingPence) {}
}
