package org.socialprescribing.referral.api;

import java.time.Instant;
import java.util.UUID;
import org.socialprescribing.referral.domain.ReferralStatus;

/** One entry in a referral's history. */
public record ReferralEventView(
        long id,
        Instant occurredAt,
        String actor,
        String actorRole,
        String actorOrganisation,
        String action,
        ReferralStatus fromStatus,
        ReferralStatus toStatus,
        String reasonCode,
        String comment,
        UUID practitionerId) {}
