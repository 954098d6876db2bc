package org.socialprescribing.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Something a GP practice must see, until one of its GPs acknowledges it. */
@Entity
@Table(name = "inbox_item")
public class InboxItem {
    @Id public UUID id;

    @Column(name = "practice_ods_code")
    public String practiceOdsCode;

    @Column(name = "referral_id")
    public UUID referralId;

    @Enumerated(EnumType.STRING)
    public InboxKind kind;

    /** The letter or safety alert the item is about. */
    @Column(name = "subject_id")
    public UUID subjectId;

    public boolean urgent;

    public String title;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;
}
