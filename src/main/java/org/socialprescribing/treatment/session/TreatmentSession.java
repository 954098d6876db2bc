package org.socialprescribing.treatment.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A session booked on a referral, and what happened at it. */
@Entity
@Table(name = "treatment_session")
public class TreatmentSession {
    @Id public UUID id;

    @Column(name = "referral_id")
    public UUID referralId;

    @Column(name = "scheduled_at")
    public Instant scheduledAt;

    @Column(name = "duration_minutes")
    public int durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "session_format")
    public SessionFormat format;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_mode")
    public DeliveryMode mode;

    public String location;

    /** Unknown until recorded. */
    @Enumerated(EnumType.STRING)
    public Attendance attendance;

    @Column(name = "attendance_note")
    public String attendanceNote;

    @Column(name = "attendance_recorded_at")
    public Instant attendanceRecordedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version public long version;
}
