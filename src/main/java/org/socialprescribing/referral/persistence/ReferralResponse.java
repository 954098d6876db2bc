package org.socialprescribing.referral.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.socialprescribing.referral.domain.ReferralAction;

/**
 * A practitioner's accept or decline of a referral, kept beside its history event with the day the
 * referral was received, so that reports and the directory read responses without the history.
 */
@Entity
@Immutable
@Table(name = "referral_response")
public class ReferralResponse {
    /** The history event that recorded the response. */
    @Id
    @Column(name = "event_id")
    public Long eventId;

    @Column(name = "referral_id")
    public UUID referralId;

    /** When the referral was received: the period a report counts it in. */
    @Column(name = "referral_received_at")
    public Instant referralReceivedAt;

    @Column(name = "practitioner_id")
    public UUID practitionerId;

    /** Accepted; otherwise declined, for {@link #reasonCode}. */
    public boolean accepted;

    @Column(name = "reason_code")
    public String reasonCode;

    /** Seconds from the referral being sent to the practitioner to its response. */
    @Column(name = "response_seconds")
    public Long responseSeconds;

    /** The response an accept or decline event records, for a referral received then. */
    public static ReferralResponse of(ReferralEvent event, Instant receivedAt) {
        ReferralResponse response = new ReferralResponse();
        response.eventId = event.id;
        response.referralId = event.referralId;
        response.referralReceivedAt = receivedAt;
        response.practitionerId = event.practitionerId;
        response.accepted = ReferralAction.ACCEPT.historyName().equals(event.action);
        response.reasonCode = event.reasonCode;
        response.responseSeconds = event.responseSeconds;
        return response;
    }
}
