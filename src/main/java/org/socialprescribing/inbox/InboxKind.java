package org.socialprescribing.inbox;

/** What reaches a GP practice's inbox. */
public enum InboxKind {
    /** A treatment-summary letter. */
    LETTER,
    /** A safety concern raised by the practitioner (always urgent). */
    SAFETY_ALERT,
    /** Two or more did-not-attends in a row. */
    ATTENDANCE_CONCERN
}
