package org.socialprescribing.referral.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Which referrals a list asks for; a null part asks nothing of that part. */
public record ReferralFilter(
        List<ReferralStatus> statuses,
        String therapyCode,
        UUID practitionerId,
        String practiceOdsCode,
        Instant createdFrom,
        Instant createdBefore) {}
