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
        String patientNhsNumber,
        Instant createdFrom,
        Instant createdBefore) {

    /** Every referral of one patient, by NHS number. */
    public static ReferralFilter ofPatient(String nhsNumber) {
        return new ReferralFilter(List.of(), null, null, null, nhsNumber, null, null);
    }
}
