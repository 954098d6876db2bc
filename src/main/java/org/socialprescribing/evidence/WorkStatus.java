package org.socialprescribing.evidence;

/** The patient's work status, at baseline and at the end of the course. */
public enum WorkStatus {
    EMPLOYED_WORKING,
    OFF_SICK,
    UNEMPLOYED,
    RETIRED,
    STUDENT,
    OTHER
}
