package org.socialprescribing.referral.api;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.socialprescribing.referral.domain.ReferralStatus;

/** One entry in a referral's history. */
public record ReferralEventView(
        @NotNull long id,
        @NotNull Instant occurredAt,
        @NotNull String actor,
        @NotNull String actorRole,
        String actorOrganisation,
        @NotNull String action,
        ReferralStatus fromStatus,
        @NotNull ReferralStatus toStatus,
        String reasonCode,
        String comment,
        UUID practitionerId) {}
