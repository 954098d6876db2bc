package org.socialprescribing.referral.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.socialprescribing.referral.domain.ConditionCategory;

/**
 * A condition the patient is referred for: the GP's words, optionally a SNOMED CT code, and a
 * category.
 */
@Embeddable
public class Condition {
    @Column(name = "condition_text")
    public String text;

    @Column(name = "snomed_code")
    public String snomedCode;

    @Enumerated(EnumType.STRING)
    public ConditionCategory category;

    /** Whether it is the first the referral names of its category, which counts the referral. */
    @Column(name = "first_of_category")
    public boolean firstOfCategory;
}
