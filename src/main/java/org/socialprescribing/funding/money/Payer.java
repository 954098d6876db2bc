package org.socialprescribing.funding.money;

import java.util.Objects;

/**
 * Who pays a share: a funder (by its code) or the patient.
 *
 * @param funderCode the funder's code, or null for the patient
 */
public record Payer(String funderCode) {
    private static final Payer PATIENT = new Payer(null);

    public static Payer patient() {
        return PATIENT;
    }

    /** A funder; a null code would silently mean the patient, so it is refused. */
    public static Payer funder(String code) {
        return new Payer(Objects.requireNonNull(code, "a funder needs a code"));
    }

    public boolean isPatient() {
        return funderCode == null;
    }

    /** Reads well in a problem's detail: "the patient" or "funder ICB-X". */
    @Override
    public String toString() {
        return isPatient() ? "the patient" : "funder " + funderCode;
    }
}
