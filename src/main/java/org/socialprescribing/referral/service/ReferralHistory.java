package org.socialprescribing.referral.service;

import org.socialprescribing.common.security.Caller;
import org.socialprescribing.referral.domain.ReferralStatus;
import org.socialprescribing.referral.persistence.Referral;
import org.socialprescribing.referral.persistence.ReferralEvent;

/** The entries of a referral's history: who did what, from which status, and why. */
final class ReferralHistory {
    private ReferralHistory() {}

    static ReferralEvent entry(
            Caller caller,
            Referral referral,
            String action,
            ReferralStatus from,
            String reasonCode,
            String comment) {
        ReferralEvent event = new ReferralEvent();
        event.referralId = referral.id;
        event.occurredAt = referral.updatedAt;
        event.actorUser = caller.userId();
        event.actorRole = caller.primaryRole().roleName();
        event.actorOrganisation = caller.primaryOrganisation();
        event.action = action;
        event.fromStatus = from;
        event.toStatus = referral.status;
        event.reasonCode = reasonCode;
        event.comment = comment;
        event.practitionerId = referral.practitionerId;
        return event;
    }
}
