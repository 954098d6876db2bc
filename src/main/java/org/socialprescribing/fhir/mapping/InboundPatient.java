package org.socialprescribing.fhir.mapping;

import static org.socialprescribing.fhir.mapping.Concepts.blankToNull;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.socialprescribing.fhir.error.FhirException;
import org.socialprescribing.referral.api.ReferralRequest;

/**
 * The patient of a BaRS referral as the API's patient details: NHS number, official name, full date
 * of birth, postcode, the patient's own phone and email, and the interpreter language when one is
 * required.
 */
final class InboundPatient {
    private static final String INTERPRETER_REQUIRED =
            "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired";

    /** Lowest rank first; among equals, mobiles first. */
    private static final Comparator<ContactPoint> PREFERRED =
            Comparator.comparingInt(InboundPatient::rank)
                    .thenComparing(c -> c.getUse() != ContactPoint.ContactPointUse.MOBILE);

    private InboundPatient() {}

    static ReferralRequest.PatientDetails of(Patient patient) {
        HumanName name =
                patient.getName().stream()
                        .filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL)
                        .findFirst()
                        .orElse(patient.getNameFirstRep());
        List<ContactPoint> telecom = telecom(patient);
        return new ReferralRequest.PatientDetails(
                patient.getIdentifier().stream()
                        .filter(i -> FhirIds.NHS_NUMBER.equals(i.getSystem()))
                        .map(Identifier::getValue)
                        .findFirst()
                        .orElse(null),
                blankToNull(name.getGivenAsSingleString()),
                blankToNull(name.getFamily()),
                birthDate(patient),
                patient.getAddress().stream()
                        .map(a -> a.getPostalCode())
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse(null),
                contact(telecom, ContactPointSystem.PHONE)
                        .map(p -> p.replaceAll("[()\\-.]", ""))
                        .orElse(null),
                contact(telecom, ContactPointSystem.EMAIL).orElse(null),
                interpreterLanguage(patient));
    }

    /** The patient's numbers, and those of a contact entry that is the patient themself. */
    private static List<ContactPoint> telecom(Patient patient) {
        return Stream.concat(
                        patient.getTelecom().stream(),
                        patient.getContact().stream()
                                .filter(InboundPatient::isThePatient)
                                .flatMap(c -> c.getTelecom().stream()))
                .toList();
    }

    /** A full date of birth; a year or a month alone does not identify a patient. */
    private static LocalDate birthDate(Patient patient) {
        DateType birthDate = patient.getBirthDateElement();
        if (!birthDate.hasValue()) {
            return null;
        }
        if (birthDate.getPrecision() != TemporalPrecisionEnum.DAY) {
            throw FhirException.invalid(
                    List.of(
                            new FhirException.Issue(
                                    "value",
                                    "Patient.birthDate must be a full date, not "
                                            + birthDate.getValueAsString(),
                                    "Patient.birthDate")));
        }
        return LocalDate.parse(birthDate.getValueAsString());
    }

    /** A contact entry that is the patient themself (BaRS puts their numbers there). */
    private static boolean isThePatient(Patient.ContactComponent contact) {
        return contact.getRelationship().stream()
                .flatMap(r -> r.getCoding().stream())
                .anyMatch(c -> "ONESELF".equals(c.getCode()));
    }

    /** The first number of a kind, lowest rank first (mobile preferred for phones). */
    private static Optional<String> contact(List<ContactPoint> telecom, ContactPointSystem kind) {
        return telecom.stream()
                .filter(c -> c.getSystem() == kind && c.hasValue())
                .sorted(PREFERRED)
                .map(ContactPoint::getValue)
                .findFirst();
    }

    private static int rank(ContactPoint contact) {
        return contact.hasRank() ? contact.getRank() : Integer.MAX_VALUE;
    }

    private static String interpreterLanguage(Patient patient) {
        boolean needed =
                patient.getExtensionsByUrl(INTERPRETER_REQUIRED).stream()
                        .map(Extension::getValue)
                        .anyMatch(v -> v instanceof BooleanType b && b.booleanValue());
        if (!needed) {
            return null;
        }
        return patient.getCommunication().stream()
                .filter(c -> c.getPreferred() || patient.getCommunication().size() == 1)
                .map(c -> Concepts.text(c.getLanguage()))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
