package org.socialprescribing.referral.persistence;

import java.time.Instant;
import java.util.UUID;
import org.socialprescribing.referral.domain.ReferralSource;
import org.socialprescribing.referral.domain.ReferralStatus;
import org.socialprescribing.referral.domain.Urgency;

/**
 * The columns a line of the referral list shows and needs, read as one row: a list page loads no
 * whole referrals, so nothing is hydrated, tracked or dirty-checked at commit.
 */
public record ListedReferral(
        UUID id,
        ReferralStatus status,
        String practiceOdsCode,
        String practicePcnCode,
        String nhsNumber,
        String givenName,
        String familyName,
        String therapyCode,
        UUID practitionerId,
        Urgency urgency,
        Instant createdAt,
        Instant updatedAt,
        ReferralSource source) {

    /** The HQL select list for {@code Referral r}, in the constructor's order. */
    static final String SELECT =
            "select new "
                    + ListedReferral.class.getName()
                    + "(r.id, r.status, r.practice.odsCode, r.practice.pcnCode,"
                    + " r.patient.nhsNumber, r.patient.givenName, r.patient.familyName,"
                    + " r.therapyCode, r.practitionerId, r.urgency, r.createdAt, r.updatedAt,"
                    + " r.source) ";
}
