package org.socialprescribing.fhir.letter;

import java.time.LocalDate;
import java.util.Date;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.socialprescribing.common.time.UkTime;
import org.socialprescribing.fhir.mapping.FhirIds;
import org.socialprescribing.fhir.mapping.OutboundReferral;
import org.socialprescribing.letter.LetterContent;

/**
 * The sent treatment-summary letter in FHIR: a DocumentReference (what the GP system files) whose
 * two renditions are the PDF, as a Binary, and the FHIR document ({@link
 * TreatmentSummaryDocument}).
 */
public final class LetterDocuments {
    public static final String PDF = "application/pdf";
    static final String TITLE = "Treatment summary";

    private LetterDocuments() {}

    public static DocumentReference documentReference(LetterContent letter, String base) {
        DocumentReference document = new DocumentReference();
        document.setId(letter.letterId().toString());
        document.getMeta().addProfile(FhirIds.ukCore("DocumentReference"));
        document.setMasterIdentifier(OutboundReferral.identifier(letter.letterId()));
        document.setStatus(DocumentReferenceStatus.CURRENT);
        document.setDocStatus(DocumentReference.ReferredDocumentStatus.FINAL);
        document.setType(type());
        document.setSubject(LetterParticipants.patientReference(letter));
        document.setDate(Date.from(letter.sentAt()));
        document.addAuthor(new Reference("#author"));
        document.addContained(LetterParticipants.author(letter).setId("author"));
        document.setDescription(description(letter));
        document.addContent()
                .getAttachment()
                .setContentType(PDF)
                .setLanguage("en-GB")
                .setUrl(base + "/Binary/" + letter.letterId())
                .setTitle(TITLE + " (PDF)")
                .setCreation(Date.from(letter.sentAt()));
        document.addContent()
                .getAttachment()
                .setContentType("application/fhir+json")
                .setLanguage("en-GB")
                .setUrl(base + "/Bundle/" + letter.letterId())
                .setTitle(TITLE + " (FHIR document)")
                .setCreation(Date.from(letter.sentAt()));
        document.getContext().addRelated(new Reference("ServiceRequest/" + letter.referralId()));
        if (letter.course().firstSession() != null) {
            document.getContext()
                    .setPeriod(
                            new Period()
                                    .setStartElement(day(letter.course().firstSession()))
                                    .setEndElement(day(letter.course().lastSession())));
        }
        return document;
    }

    /** The PDF as a Binary, readable only by those who may read the referral. */
    public static Binary binary(LetterContent letter, byte[] pdf) {
        Binary binary = new Binary();
        binary.setId(letter.letterId().toString());
        binary.setContentType(PDF);
        binary.setSecurityContext(new Reference("ServiceRequest/" + letter.referralId()));
        binary.setData(pdf);
        return binary;
    }

    /** Uncoded: no verified document-type code is known for this letter. */
    static CodeableConcept type() {
        return new CodeableConcept().setText("Complementary therapy treatment summary letter");
    }

    private static String description(LetterContent letter) {
        return TITLE
                + (letter.therapyName() == null ? "" : " of " + letter.therapyName())
                + " for "
                + letter.patient().givenName()
                + " "
                + letter.patient().familyName()
                + ", sent "
                + letter.sentAt().atZone(UkTime.ZONE).toLocalDate();
    }

    /** A day as a FHIR dateTime of day precision (Period holds dateTimes). */
    static DateTimeType day(LocalDate date) {
        return date == null ? null : new DateTimeType(date.toString());
    }
}
