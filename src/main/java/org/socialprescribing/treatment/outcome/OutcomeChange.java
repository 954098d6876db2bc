package org.socialprescribing.treatment.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * One referral's baseline-to-end change for one score of one measure, kept in step with its outcome
 * records so the outcome report is a grouped query. The end is the latest record after the
 * baseline, as in the GP's letter.
 */
@Entity
@Table(name = "outcome_change")
public class OutcomeChange {
    @EmbeddedId public Key key;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    @Column(name = "baseline_value")
    public BigDecimal baselineValue;

    /** Null until a record later than the baseline exists. */
    @Column(name = "end_value")
    public BigDecimal endValue;

    @Column(name = "change_value")
    public BigDecimal changeValue;

    /** Null where the measure defines no threshold for this score, or there is no end yet. */
    public Boolean improved;

    @Embeddable
    public record Key(
            @Column(name = "referral_id") UUID referralId,
            @Enumerated(EnumType.STRING) OutcomeMeasure measure,
            @Column(name = "score_name") String scoreName)
            implements Serializable {}
}
