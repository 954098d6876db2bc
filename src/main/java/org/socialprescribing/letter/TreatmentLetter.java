package org.socialprescribing.letter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.socialprescribing.letter.LetterContent.LetterStatus;
import org.socialprescribing.letter.LetterContent.Recommendation;
import org.socialprescribing.referral.domain.EndReason;

/**
 * The practitioner's treatment-summary letter: a draft while it is written, then sent, when the
 * whole letter as the GP received it is kept and never changes.
 */
@Entity
@Table(name = "treatment_letter")
public class TreatmentLetter {
    @Id public UUID id;

    @Column(name = "referral_id")
    public UUID referralId;

    @Enumerated(EnumType.STRING)
    public LetterStatus status;

    @Column(name = "summary_of_treatment")
    public String summaryOfTreatment;

    public String response;

    @Column(name = "advice_given")
    public String adviceGiven;

    @Enumerated(EnumType.STRING)
    public Recommendation recommendation;

    @Column(name = "recommendation_detail")
    public String recommendationDetail;

    @Column(name = "safety_concerns")
    public String safetyConcerns;

    /** Sending ends the referral early rather than completing it. */
    @Column(name = "ends_early")
    public boolean endsEarly;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    public EndReason endReason;

    /** The letter exactly as sent (JSON of {@link LetterContent}). */
    @Column(name = "sent_content")
    public String sentContent;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Version public long version;
}
