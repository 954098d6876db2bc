package org.socialprescribing.safety;

/**
 * How serious the practitioner judges a safety concern; every alert is urgent in the GP's inbox.
 */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH
}
