package org.socialprescribing.fhir;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;

/**
 * The official BaRS referral example (a GP to a blood-pressure service), read from the shared
 * conformance folder and addressed to this service: its destination becomes this service's endpoint
 * and its sender the referring practice. Nothing else changes, except, when asked, the patient's
 * NHS number: the example's 3478526985 fails the modulus-11 check that every referral here must
 * pass.
 */
final class OfficialExample {
    private static final String FILE =
            "bars/Examples/REFREQ06 - Referral Service Request New Full - GP to BP - ABPM.xml";

    private OfficialExample() {}

    /**
     * The example with its two UK Core STU1 codings in UK Core 2.0.0's terms: the NHS number's
     * verification status from the England code system, the language as a BCP 47 tag.
     */
    static Bundle inUkCore2(Bundle example) {
        Bundle copy = example.copy();
        Patient patient =
                copy.getEntry().stream()
                        .map(Bundle.BundleEntryComponent::getResource)
                        .filter(Patient.class::isInstance)
                        .map(Patient.class::cast)
                        .findFirst()
                        .orElseThrow();
        ((CodeableConcept) patient.getIdentifierFirstRep().getExtensionFirstRep().getValue())
                .getCodingFirstRep()
                .setSystem(
                        "https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland")
                .setCode("01")
                .setDisplay("Number present and verified");
        patient.getCommunicationFirstRep()
                .getLanguage()
                .getCodingFirstRep()
                .setSystem("urn:ietf:bcp:47")
                .setCode("en")
                .setDisplay("English");
        return copy;
    }

    static Bundle addressedHere(String practiceOdsCode, String nhsNumber) throws IOException {
        Bundle example;
        try (Reader reader =
                Files.newBufferedReader(
                        FhirConformance.folder().resolve(Path.of(FILE)), StandardCharsets.UTF_8)) {
            example = FhirConformance.context().newXmlParser().parseResource(Bundle.class, reader);
        }
        MessageHeader header = (MessageHeader) example.getEntryFirstRep().getResource();
        header.getDestinationFirstRep().setEndpoint(BarsMessages.SERVICE_ENDPOINT);
        Reference sender = header.getSender();
        Organization organization =
                example.getEntry().stream()
                        .filter(e -> e.getFullUrl().equals(sender.getReference()))
                        .map(e -> (Organization) e.getResource())
                        .findFirst()
                        .orElseThrow();
        organization.getIdentifierFirstRep().setValue(practiceOdsCode);
        if (nhsNumber != null) {
            example.getEntry().stream()
                    .map(Bundle.BundleEntryComponent::getResource)
                    .filter(Patient.class::isInstance)
                    .map(Patient.class::cast)
                    .flatMap(p -> p.getIdentifier().stream())
                    .filter(i -> "https://fhir.nhs.uk/Id/nhs-number".equals(i.getSystem()))
                    .forEach((Identifier i) -> i.setValue(nhsNumber));
        }
        return example;
    }
}
