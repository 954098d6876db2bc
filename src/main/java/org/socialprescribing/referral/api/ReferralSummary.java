package org.socialprescribing.referral.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.socialprescribing.referral.domain.ReferralStatus;
import org.socialprescribing.referral.domain.Urgency;

/** A referral in a list: enough to find it and see where it is. */
public record ReferralSummary(
        UUID id,
        ReferralStatus status,
        String practiceOdsCode,
        String patientNhsNumber,
        String patientName,
        String therapyCode,
        UUID practitionerId,
        Urgency urgency,
        List<String> allowedActions,
        Instant createdAt,
        Instant updatedAt) {

    @Schema(name = "ReferralPage")
    public record Page(List<ReferralSummary> items, String nextCursor) {}
}
