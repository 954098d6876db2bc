package org.socialprescribing.fhir.letter;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Composition.CompositionStatus;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.socialprescribing.fhir.mapping.FhirIds;
import org.socialprescribing.fhir.mapping.OutboundReferral;
import org.socialprescribing.letter.LetterContent;

/**
 * The sent letter as a FHIR document Bundle: a Composition whose sections carry the letter's
 * content ({@link LetterSections}), and everything it refers to: the patient, the author, the
 * practice and the outcome Observations.
 */
public final class TreatmentSummaryDocument {
    private TreatmentSummaryDocument() {}

    public static Bundle of(LetterContent letter) {
        UUID letterId = letter.letterId();
        String patientUrl = urn(letterId, "patient");
        List<Observation> observations = OutcomeObservations.of(letter, patientUrl);
        List<String> observationUrls = new ArrayList<>();
        for (int i = 0; i < observations.size(); i++) {
            observationUrls.add(urn(letterId, "outcome-" + i));
        }
        Composition composition = composition(letter, patientUrl);
        LetterSections.add(composition, letter, observationUrls);

        Bundle bundle = new Bundle();
        bundle.setId(letterId.toString());
        bundle.getMeta().addProfile(FhirIds.ukCore("Bundle"));
        bundle.setIdentifier(OutboundReferral.identifier(letterId));
        bundle.setType(BundleType.DOCUMENT);
        bundle.setTimestamp(Date.from(letter.sentAt()));
        add(bundle, urn(letterId, "composition"), composition);
        add(bundle, patientUrl, LetterParticipants.patient(letter));
        add(bundle, urn(letterId, "author"), LetterParticipants.author(letter));
        add(bundle, urn(letterId, "practice"), LetterParticipants.practice(letter));
        for (int i = 0; i < observations.size(); i++) {
            add(bundle, observationUrls.get(i), observations.get(i));
        }
        return bundle;
    }

    private static Composition composition(LetterContent letter, String patientUrl) {
        Composition composition = new Composition();
        composition.getMeta().addProfile(FhirIds.ukCore("Composition"));
        composition.setIdentifier(OutboundReferral.identifier(letter.letterId()));
        composition.setStatus(CompositionStatus.FINAL);
        composition.setType(LetterDocuments.type());
        composition.setSubject(new Reference(patientUrl));
        composition.setDate(Date.from(letter.sentAt()));
        composition.addAuthor(new Reference(urn(letter.letterId(), "author")));
        composition.setTitle(
                LetterDocuments.TITLE
                        + (letter.therapyName() == null ? "" : ": " + letter.therapyName()));
        composition.setCustodian(new Reference(urn(letter.letterId(), "practice")));
        // The referral by identifier: a document holds everything it refers to, and the referral
        // is not part of the letter.
        composition
                .addEvent()
                .addDetail(
                        new Reference()
                                .setType("ServiceRequest")
                                .setIdentifier(OutboundReferral.identifier(letter.referralId())));
        return composition;
    }

    private static void add(Bundle bundle, String fullUrl, Resource resource) {
        bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
    }

    /** Stable entry URLs: the same letter gives the same document every time. */
    private static String urn(UUID letterId, String part) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((letterId + "/" + part).getBytes());
    }
}
