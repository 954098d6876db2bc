package org.socialprescribing.fhir.letter;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.socialprescribing.fhir.mapping.FhirIds;
import org.socialprescribing.letter.LetterContent;

/** Who the letter is about, who wrote it and to which practice, as UK Core resources. */
final class LetterParticipants {
    private LetterParticipants() {}

    static Patient patient(LetterContent letter) {
        LetterContent.PatientIdentity identity = letter.patient();
        Patient patient = new Patient();
        patient.getMeta().addProfile(FhirIds.ukCore("Patient"));
        patient.addIdentifier(
                new Identifier().setSystem(FhirIds.NHS_NUMBER).setValue(identity.nhsNumber()));
        patient.addName().setFamily(identity.familyName()).addGiven(identity.givenName());
        patient.setBirthDateElement(new DateType(identity.birthDate().toString()));
        if (identity.postcode() != null) {
            patient.addAddress().setPostalCode(identity.postcode());
        }
        return patient;
    }

    /** The patient by NHS number, as the DocumentReference names its subject. */
    static Reference patientReference(LetterContent letter) {
        return new Reference()
                .setIdentifier(
                        new Identifier()
                                .setSystem(FhirIds.NHS_NUMBER)
                                .setValue(letter.patient().nhsNumber()))
                .setDisplay(letter.patient().givenName() + " " + letter.patient().familyName());
    }

    /** The practitioner who wrote it, with each registration as a qualification. */
    static Practitioner author(LetterContent letter) {
        LetterContent.Author author = letter.author();
        Practitioner practitioner = new Practitioner();
        practitioner.getMeta().addProfile(FhirIds.ukCore("Practitioner"));
        practitioner.addIdentifier(
                new Identifier()
                        .setSystem(FhirIds.PRACTITIONER_ID)
                        .setValue(author.practitionerId().toString()));
        practitioner.addName().setText(author.name());
        author.registrations().forEach(r -> addQualification(practitioner, r));
        return practitioner;
    }

    private static void addQualification(
            Practitioner practitioner, LetterContent.RegistrationLine registration) {
        Practitioner.PractitionerQualificationComponent qualification =
                practitioner.addQualification();
        qualification.addIdentifier().setValue(registration.number());
        qualification.setCode(
                new CodeableConcept()
                        .setText(
                                "Registered with "
                                        + registration.register()
                                        + (registration.current() ? "" : " (not current)")));
        if (registration.expiresOn() != null) {
            qualification.setPeriod(
                    new Period().setEndElement(LetterDocuments.day(registration.expiresOn())));
        }
        qualification.setIssuer(new Reference().setDisplay(registration.register()));
    }

    static Organization practice(LetterContent letter) {
        Organization practice = new Organization();
        practice.getMeta().addProfile(FhirIds.ukCore("Organization"));
        practice.addIdentifier(
                new Identifier()
                        .setSystem(FhirIds.ODS_CODE)
                        .setValue(letter.addressee().practiceOdsCode()));
        practice.setName(letter.addressee().practiceName());
        return practice;
    }
}
