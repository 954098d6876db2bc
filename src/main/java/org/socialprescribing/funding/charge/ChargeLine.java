package org.socialprescribing.funding.charge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One payer's part of one delivered session. A patient's line is due until marked paid. */
@Entity
@Table(name = "charge_line")
public class ChargeLine {
    @Id public UUID id;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "referral_id")
    public UUID referralId;

    @Column(name = "session_id")
    public UUID sessionId;

    /** A funder's code, or PATIENT. */
    public String payer;

    public long pence;

    /** ATTENDED, or DID_NOT_ATTEND where the scheme pays for those. */
    public String reason;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "paid_at")
    public Instant paidAt;
}
