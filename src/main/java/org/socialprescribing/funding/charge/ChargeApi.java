package org.socialprescribing.funding.charge;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Wire shapes of a referral's charges. */
public final class ChargeApi {
    private ChargeApi() {}

    public record ChargeView(
            @NotNull UUID id,
            @NotNull UUID sessionId,
            @NotNull String payer,
            @NotNull long pence,
            @NotNull String reason,
            @NotNull Instant createdAt,
            Instant paidAt) {}

    public record Charges(
            @NotNull List<ChargeView> lines,
            @NotNull long fundersPence,
            @NotNull long patientDuePence,
            @NotNull long patientPaidPence,
            @NotNull long patientOutstandingPence) {}
}
