package org.socialprescribing.referral.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.socialprescribing.directory.practice.Practice;
import org.socialprescribing.referral.domain.ReferralSource;
import org.socialprescribing.referral.domain.ReferralStatus;
import org.socialprescribing.referral.domain.Urgency;

/**
 * A referral of one patient of a GP practice (referred by the practice or by another route, with
 * the patient's registered practice), through its lifecycle.
 */
@Entity
@Table(name = "referral")
public class Referral {
    @Id public UUID id;

    /** Follows the referral through every update and all feedback (BaRS conversation id). */
    @Column(name = "conversation_id")
    public UUID conversationId;

    @Version public long version;

    @Enumerated(EnumType.STRING)
    public ReferralStatus status;

    @ManyToOne(optional = false)
    @JoinColumn(name = "practice_ods_code")
    public Practice practice;

    @Column(name = "referrer_name")
    public String referrerName;

    @Column(name = "referrer_professional_code")
    public String referrerProfessionalCode;

    /** The route in: GP practice, self-referral, another NHS professional, an organisation. */
    @Enumerated(EnumType.STRING)
    public ReferralSource source = ReferralSource.GP_PRACTICE;

    /** The referrer's role, for a professional or an organisation other than the practice. */
    @Column(name = "referrer_role")
    public String referrerRole;

    @Column(name = "created_by_user")
    public String createdByUser;

    @Column(name = "created_by_role")
    public String createdByRole;

    @Embedded public Patient patient;

    @ElementCollection
    @CollectionTable(name = "referral_condition", joinColumns = @JoinColumn(name = "referral_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    public List<Condition> conditions = new ArrayList<>();

    @Column(name = "therapy_code")
    public String therapyCode;

    @Column(name = "practitioner_id")
    public UUID practitionerId;

    public String reason;

    public String goals;

    @Column(name = "clinical_summary")
    public String clinicalSummary;

    @ElementCollection
    @CollectionTable(name = "referral_medication", joinColumns = @JoinColumn(name = "referral_id"))
    @OrderColumn(name = "position")
    @Column(name = "medication")
    @BatchSize(size = 50)
    public List<String> medications = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "referral_red_flag", joinColumns = @JoinColumn(name = "referral_id"))
    @OrderColumn(name = "position")
    @Column(name = "red_flag")
    @BatchSize(size = 50)
    public List<String> redFlags = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public Urgency urgency;

    @Column(name = "consent_referral_agreed")
    public boolean consentReferralAgreed;

    @Column(name = "consent_share_outcomes")
    public boolean consentShareOutcomesWithGp;

    /**
     * The referrer accepts responsibility for referring to a practitioner with no current
     * registration.
     */
    @Column(name = "delegation_accepted")
    public boolean delegationAccepted;

    /** The coded reason and comment of the latest status change, where it had them. */
    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "status_comment")
    public String statusComment;

    /** When the referral was last sent to a practitioner: the start of its response time. */
    @Column(name = "sent_at")
    public Instant sentAt;

    /** Did-not-attends since the last attended session; two or more is shown to the GP. */
    @Column(name = "consecutive_did_not_attend")
    public int consecutiveDidNotAttend;

    /** Seconds from the referral to its first attended session, kept for the reports. */
    @Column(name = "seconds_to_first_session")
    public Long secondsToFirstSession;

    /** Milestones the referral has passed, kept for the activity report. */
    @Column(name = "was_triaged")
    public boolean wasTriaged;

    @Column(name = "was_accepted")
    public boolean wasAccepted;

    @Column(name = "was_declined")
    public boolean wasDeclined;

    @Column(name = "was_started")
    public boolean wasStarted;

    /** Sessions recorded as attended and as not attended, kept for the activity report. */
    @Column(name = "sessions_attended")
    public int sessionsAttended;

    @Column(name = "sessions_did_not_attend")
    public int sessionsDidNotAttend;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
