package org.socialprescribing.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One read or write of patient-identifiable data. Inserted, never updated or deleted. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "user_id")
    public String userId;

    public String role;

    public String organisation;

    public String action;

    @Column(name = "referral_id")
    public UUID referralId;
}
