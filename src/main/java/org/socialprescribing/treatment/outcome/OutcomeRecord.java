package org.socialprescribing.treatment.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * One completed outcome measure: the item answers and the scores the API computed from them.
 * Several measures are licensed, so the questionnaires' text is never stored.
 */
@Entity
@Immutable
@Table(name = "outcome_record")
public class OutcomeRecord {
    @Id public UUID id;

    @Column(name = "referral_id")
    public UUID referralId;

    @Enumerated(EnumType.STRING)
    public OutcomeMeasure measure;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_point")
    public TimePoint timePoint;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    /** The item answers in questionnaire order, comma-separated. */
    public String answers;

    public Integer vas;

    /** The computed scores, as JSON. */
    public String scores;

    @Column(name = "urgent_review_needed")
    public boolean urgentReviewNeeded;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
