package org.socialprescribing.treatment.outcome;

/** When in a course of treatment a measure was completed. */
public enum TimePoint {
    BASELINE,
    DURING,
    END
}
