package org.socialprescribing.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One referral's evidence, each part kept as it becomes known. */
@Entity
@Table(name = "referral_evidence")
public class ReferralEvidence {
    @Id
    @Column(name = "referral_id")
    public UUID referralId;

    @Enumerated(EnumType.STRING)
    public ExperienceAnswer experience;

    /** The patient's own words: shown to the practitioner and admins, never in a report. */
    @Column(name = "experience_comment")
    public String experienceComment;

    @Column(name = "experience_recorded_at")
    public Instant experienceRecordedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_status_baseline")
    public WorkStatus workStatusBaseline;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_status_end")
    public WorkStatus workStatusEnd;

    /** GP-practice appointments in the six months before the referral. */
    @Column(name = "appointments_before")
    public Integer appointmentsBefore;

    /** GP-practice appointments in the six months after the course ended. */
    @Column(name = "appointments_after")
    public Integer appointmentsAfter;

    /** When the course ended (completed or ended early): the start of the "after" period. */
    @Column(name = "course_ended_at")
    public Instant courseEndedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
