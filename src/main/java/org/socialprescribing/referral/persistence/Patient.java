package org.socialprescribing.referral.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** The patient as the referral identifies them: patient-identifiable, so every read is audited. */
@Embeddable
public class Patient {
    @Column(name = "patient_nhs_number")
    public String nhsNumber;

    @Column(name = "patient_given_name")
    public String givenName;

    @Column(name = "patient_family_name")
    public String familyName;

    @Column(name = "patient_birth_date")
    public LocalDate birthDate;

    @Column(name = "patient_postcode")
    public String postcode;

    @Column(name = "patient_phone")
    public String phone;

    @Column(name = "patient_email")
    public String email;

    @Column(name = "patient_interpreter_language")
    public String interpreterLanguage;
}
