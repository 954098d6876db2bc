package org.socialprescribing.funding.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * Who pays for a referral's sessions under one scheme. Of the patient's means it keeps only the
 * band that applied (or that they receive benefits), never their income.
 */
@Entity
@Table(name = "funding_plan")
public class FundingPlan {
    @Id public UUID id;

    @Column(name = "referral_id")
    public UUID referralId;

    @Column(name = "scheme_id")
    public UUID schemeId;

    @Enumerated(EnumType.STRING)
    public PlanStatus status;

    @Column(name = "approved_sessions")
    public int approvedSessions;

    /** The per-session shares, as JSON of the payers and pence. */
    @Column(name = "session_split")
    public String sessionSplit;

    @Column(name = "funder_pence_per_session")
    public long funderPencePerSession;

    @Column(name = "patient_pence_per_session")
    public long patientPencePerSession;

    /** Funders' money held against the budget for sessions not yet delivered. */
    @Column(name = "committed_pence")
    public long committedPence;

    @Column(name = "spent_pence")
    public long spentPence;

    /** The patient's contributions charged so far (paid or not); the funders' part is spent. */
    @Column(name = "patient_charged_pence")
    public long patientChargedPence;

    @Column(name = "released_pence")
    public long releasedPence;

    /** The sliding-scale band the patient was charged by; null on benefits or another route. */
    @Column(name = "income_band")
    public String incomeBand;

    /** On a sliding scale, whether the patient receives means-tested benefits; else null. */
    @Column(name = "receives_benefits")
    public Boolean receivesBenefits;

    @Column(name = "clinical_justification")
    public String clinicalJustification;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** When the plan began to fund its referral; null while it never has (see FundedPlans). */
    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version public long version;

    public boolean isActive() {
        return status == PlanStatus.APPROVED || status == PlanStatus.PENDING_APPROVAL;
    }
}
