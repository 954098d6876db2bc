package org.socialprescribing.referral.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.socialprescribing.referral.domain.ReferralStatus;

/** One step in a referral's history: who did what, when, from which status to which, and why. */
@Entity
@Immutable
@Table(name = "referral_event")
public class ReferralEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "referral_id")
    public UUID referralId;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "actor_user")
    public String actorUser;

    @Column(name = "actor_role")
    public String actorRole;

    @Column(name = "actor_organisation")
    public String actorOrganisation;

    public String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ReferralStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public ReferralStatus toStatus;

    @Column(name = "reason_code")
    public String reasonCode;

    public String comment;

    /** The practitioner the referral was with when this happened. */
    @Column(name = "practitioner_id")
    public UUID practitionerId;

    /** For a practitioner's accept or decline: seconds since the referral was sent to it. */
    @Column(name = "response_seconds")
    public Long responseSeconds;
}
