package org.socialprescribing.funding.money;

/** Self-funded: the patient pays the whole fee. */
public record PatientPays() implements SplitRule {}
