package org.socialprescribing.referral.api;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.socialprescribing.referral.domain.ReferralSource;
import org.socialprescribing.referral.domain.ReferralStatus;
import org.socialprescribing.referral.domain.Urgency;

/** A referral in a list: enough to find it and see where it is. */
public record ReferralSummary(
        @NotNull UUID id,
        @NotNull ReferralStatus status,
        @NotNull String practiceOdsCode,
        @NotNull String patientNhsNumber,
        @NotNull String patientName,
        String therapyCode,
        UUID practitionerId,
        @NotNull Urgency urgency,
        @NotNull List<String> allowedActions,
        @NotNull Instant createdAt,
        @NotNull Instant updatedAt,
        @NotNull @Schema(description = "The route in") ReferralSource source) {

    @Schema(name = "ReferralPage")
    public record Page(@NotNull List<ReferralSummary> items, String nextCursor) {}
}
