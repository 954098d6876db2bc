package org.socialprescribing.funding.charge;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Wire shapes of a referral's charges. */
public final class ChargeApi {
    private ChargeApi() {}

    public record ChargeView(
            UUID id,
            UUID sessionId,
            String payer,
            long pence,
            String reason,
            Instant createdAt,
            Instant paidAt) {}

    public record Charges(
            List<ChargeView> lines,
            long fundersPence,
            long patientDuePence,
            long patientPaidPence,
            long patientOutstandingPence) {}
}
