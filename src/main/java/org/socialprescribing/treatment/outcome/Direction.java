package org.socialprescribing.treatment.outcome;

/** Which way a score moves when the patient gets better. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
