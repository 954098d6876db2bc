package org.socialprescribing.treatment.session;

public enum SessionFormat {
    INDIVIDUAL,
    GROUP
}
