package org.socialprescribing.funding.scheme;

/** How a scheme pays for a session, as the UK services that integrate therapies with the NHS do. */
public enum SchemeRoute {
    /** The funder pays the whole fee; approved at once when eligible and within budget. */
    COMMISSIONED,
    /** As commissioned, but each referral waits for the commissioner's approval. */
    PRIOR_APPROVAL,
    /** A charity's grant pays all or a fixed part; the patient pays the rest. */
    CHARITY_GRANT,
    /** The patient pays by income band (nothing on means-tested benefits); the funder the rest. */
    SLIDING_SCALE,
    /** Fixed shares between several funders and optionally the patient. */
    SPLIT,
    /** Paid from the patient's personal health budget, up to what remains of it. */
    PERSONAL_HEALTH_BUDGET,
    /** The patient pays the fee. */
    SELF_FUNDED;

    public boolean needsApproval() {
        return this == PRIOR_APPROVAL;
    }
}
