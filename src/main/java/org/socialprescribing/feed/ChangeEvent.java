package org.socialprescribing.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One entry of the change feed: ids only, never patient data. */
@Entity
@Immutable
@Table(name = "change_event")
public class ChangeEvent {
    @Id public Long seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type")
    public ChangeEventType type;

    @Column(name = "referral_id")
    public UUID referralId;

    /** The letter, safety alert or session the event is about, if any. */
    @Column(name = "subject_id")
    public UUID subjectId;

    @Column(name = "practice_ods_code")
    public String practiceOdsCode;

    @Column(name = "practitioner_id")
    public UUID practitionerId;

    @Column(name = "occurred_at")
    public Instant occurredAt;
}
