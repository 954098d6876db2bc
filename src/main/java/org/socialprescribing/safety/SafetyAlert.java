package org.socialprescribing.safety;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A safety concern about a referred patient, sent to the referring practice at once. */
@Entity
@Immutable
@Table(name = "safety_alert")
public class SafetyAlert {
    @Id public UUID id;

    @Column(name = "referral_id")
    public UUID referralId;

    @Enumerated(EnumType.STRING)
    public Severity severity;

    @Column(name = "what_happened")
    public String whatHappened;

    @Column(name = "action_taken")
    public String actionTaken;

    @Column(name = "raised_by")
    public String raisedBy;

    /** Raised by the API itself, e.g. for a PHQ-9 item 9 answer above zero. */
    @Column(name = "raised_automatically")
    public boolean raisedAutomatically;

    @Column(name = "raised_at")
    public Instant raisedAt;
}
