package org.socialprescribing.funding.scheme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a scheme's session fee is divided, in the terms its route needs (the other fields stay
 * empty). Amounts are pence; shares are basis points (10,000 = 100%).
 */
public record SplitDefinition(
        @Schema(
                        description =
                                "CHARITY_GRANT: the grant pays this much of each fee (else all of it)")
                @Min(1)
                Long grantPencePerSession,
        @Schema(description = "CHARITY_GRANT: or this share of each fee") @Min(1) @Max(10000)
                Integer grantBasisPoints,
        @Schema(
                        description =
                                "SLIDING_SCALE: the patient's contribution by equivalised household income")
                @Size(max = 20)
                List<@NotNull @Valid IncomeBandDefinition> incomeBands,
        @Schema(description = "SPLIT: each payer's share; payer is a funder code or PATIENT")
                @Size(max = 10)
                List<@NotNull @Valid ShareDefinition> shares,
        @Schema(
                        description =
                                "SPLIT: who takes the pennies left over by rounding (a funder code or PATIENT)")
                String roundingParty) {

    public static final String PATIENT = "PATIENT";

    /** Whether the definition says anything (a route that needs no split leaves it all empty). */
    public boolean definesNothing() {
        return grantPencePerSession == null
                && grantBasisPoints == null
                && incomeBands == null
                && shares == null
                && roundingParty == null;
    }

    public record IncomeBandDefinition(
            @NotBlank @Size(max = 40) String code,
            @Schema(
                            description =
                                    "Up to this equivalised annual household income; empty for no limit")
                    @Min(0)
                    Long maxEquivalisedIncomePence,
            @NotNull @Min(0) Long contributionPence) {}

    public record ShareDefinition(
            @NotBlank @Size(max = 20) String payer, @NotNull Integer basisPoints) {}
}
