package org.socialprescribing.treatment.session;

public enum DeliveryMode {
    IN_PERSON,
    REMOTE
}
