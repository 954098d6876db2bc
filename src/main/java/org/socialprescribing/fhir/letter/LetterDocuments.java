package org.socialprescribing.fhir.letter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Composition.CompositionStatus;
import org.hl7.fhir.r4.model.Composition.SectionComponent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Narrative.NarrativeStatus;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;
import org.socialprescribing.fhir.mapping.FhirIds;
import org.socialprescribing.fhir.mapping.OutboundReferral;
import org.socialprescribing.letter.LetterContent;
import org.socialprescribing.letter.LetterContent.Course;
import org.socialprescribing.letter.LetterContent.OutcomeLine;

/**
 * The sent treatment-summary letter in FHIR: a DocumentReference (what the GP system files) whose
 * two renditions are the PDF, as a Binary, and a FHIR document Bundle whose Composition carries the
 * same content in sections (PRSB's message back to the GP: what was offered, what was taken up, the
 * outcomes, then the practitioner's own words). Outcome scores are Observations, coded with LOINC
 * only where the code is verified (PHQ-9 and GAD-7 totals).
 */
public final class LetterDocuments {
    public static final String PDF = "application/pdf";
    private static final String TITLE = "Treatment summary";
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Map<String, Coding> VERIFIED_LOINC =
            Map.of(
                    "PHQ-9 total",
                    new Coding(
                            FhirIds.LOINC,
                            "44261-6",
                            "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"),
                    "GAD-7 total",
                    new Coding(
                            FhirIds.LOINC,
                            "70274-6",
                            "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"));

    private LetterDocuments() {}

    public static DocumentReference documentReference(LetterContent letter, String base) {
        DocumentReference document = new DocumentReference();
        document.setId(letter.letterId().toString());
        document.getMeta().addProfile(FhirIds.ukCore("DocumentReference"));
        document.setMasterIdentifier(OutboundReferral.identifier(letter.letterId()));
        document.setStatus(DocumentReferenceStatus.CURRENT);
        document.setDocStatus(DocumentReference.ReferredDocumentStatus.FINAL);
        document.setType(type());
        document.setSubject(patientReference(letter));
        document.setDate(Date.from(letter.sentAt()));
        document.addAuthor(new Reference("#author"));
        document.addContained(author(letter).setId("author"));
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

    /** The letter as a FHIR document: a Composition and everything it refers to. */
    public static Bundle document(LetterContent letter) {
        String patientUrl = urn(letter.letterId(), "patient");
        String authorUrl = urn(letter.letterId(), "author");
        String practiceUrl = urn(letter.letterId(), "practice");
        List<Observation> observations = observations(letter, patientUrl);
        List<String> observationUrls = new ArrayList<>();
        for (int i = 0; i < observations.size(); i++) {
            observationUrls.add(urn(letter.letterId(), "outcome-" + i));
        }

        Composition composition = new Composition();
        composition.getMeta().addProfile(FhirIds.ukCore("Composition"));
        composition.setIdentifier(OutboundReferral.identifier(letter.letterId()));
        composition.setStatus(CompositionStatus.FINAL);
        composition.setType(type());
        composition.setSubject(new Reference(patientUrl));
        composition.setDate(Date.from(letter.sentAt()));
        composition.addAuthor(new Reference(authorUrl));
        composition.setTitle(
                TITLE + (letter.therapyName() == null ? "" : ": " + letter.therapyName()));
        composition.setCustodian(new Reference(practiceUrl));
        // The referral by identifier: a document holds everything it refers to, and the referral
        // is not part of the letter.
        composition
                .addEvent()
                .addDetail(
                        new Reference()
                                .setType("ServiceRequest")
                                .setIdentifier(OutboundReferral.identifier(letter.referralId())));
        sections(composition, letter, observationUrls);

        Bundle bundle = new Bundle();
        bundle.setId(letter.letterId().toString());
        bundle.getMeta().addProfile(FhirIds.ukCore("Bundle"));
        bundle.setIdentifier(OutboundReferral.identifier(letter.letterId()));
        bundle.setType(BundleType.DOCUMENT);
        bundle.setTimestamp(Date.from(letter.sentAt()));
        add(bundle, urn(letter.letterId(), "composition"), composition);
        add(bundle, patientUrl, patient(letter));
        add(bundle, authorUrl, author(letter));
        add(bundle, practiceUrl, practice(letter));
        for (int i = 0; i < observations.size(); i++) {
            add(bundle, observationUrls.get(i), observations.get(i));
        }
        return bundle;
    }

    private static void sections(
            Composition composition, LetterContent letter, List<String> observationUrls) {
        Course course = letter.course();
        section(
                composition,
                "What was offered",
                (letter.therapyName() == null ? "Treatment" : letter.therapyName())
                        + " with "
                        + letter.author().name()
                        + ", after referral on "
                        + letter.referredOn()
                        + " for: "
                        + letter.referralReason()
                        + ". Sessions offered: "
                        + course.sessionsOffered()
                        + ".");
        section(
                composition,
                "What was taken up",
                "Sessions attended: "
                        + course.sessionsAttended()
                        + "; did not attend: "
                        + course.didNotAttend()
                        + "; cancelled by the patient: "
                        + course.cancelledByPatient()
                        + "; cancelled by the practitioner: "
                        + course.cancelledByPractitioner()
                        + (course.firstSession() == null
                                ? ""
                                : "; from " + course.firstSession() + " to " + course.lastSession())
                        + (course.endedEarly()
                                ? ". The course ended early (" + course.endReason() + ")."
                                : "."));
        SectionComponent outcomes = section(composition, "Outcomes", outcomesText(letter));
        observationUrls.forEach(url -> outcomes.addEntry(new Reference(url)));
        if (!letter.outcomes().shared()) {
            outcomes.setEmptyReason(
                    new CodeableConcept(
                            new Coding(
                                    "http://terminology.hl7.org/CodeSystem/list-empty-reason",
                                    "withheld",
                                    "Information Withheld")));
        }
        LetterContent.Narrative narrative = letter.narrative();
        section(composition, "Summary of treatment", narrative.summaryOfTreatment());
        optionalSection(composition, "Response to treatment", narrative.response());
        optionalSection(composition, "Advice given", narrative.adviceGiven());
        section(
                composition,
                "Recommendation",
                recommendation(narrative.recommendation())
                        + (narrative.recommendationDetail() == null
                                ? ""
                                : ": " + narrative.recommendationDetail()));
        optionalSection(composition, "Safety concerns", narrative.safetyConcerns());
    }

    private static String recommendation(LetterContent.Recommendation recommendation) {
        if (recommendation == null) {
            return "No recommendation";
        }
        return switch (recommendation) {
            case CONTINUE -> "Continue the therapy";
            case STOP -> "Stop the therapy";
            case REFER_ELSEWHERE -> "Refer elsewhere";
        };
    }

    private static String outcomesText(LetterContent letter) {
        if (!letter.outcomes().shared() || letter.outcomes().lines().isEmpty()) {
            return letter.outcomes().note();
        }
        StringBuilder text = new StringBuilder();
        for (OutcomeLine line : letter.outcomes().lines()) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(line.measure())
                    .append(' ')
                    .append(line.score())
                    .append(": ")
                    .append(plain(line.baseline()));
            if (line.end() != null) {
                text.append(" to ").append(plain(line.end()));
            }
            if (Boolean.TRUE.equals(line.meaningfulImprovement())) {
                text.append(" (a meaningful improvement)");
            }
        }
        return text.toString();
    }

    private static List<Observation> observations(LetterContent letter, String patientUrl) {
        if (!letter.outcomes().shared()) {
            return List.of();
        }
        return letter.outcomes().lines().stream()
                .map(line -> observation(line, patientUrl))
                .toList();
    }

    /** One score: the latest value, with the baseline and the change as components. */
    private static Observation observation(OutcomeLine line, String patientUrl) {
        String name = line.measure() + " " + line.score();
        Observation observation = new Observation();
        observation.getMeta().addProfile(FhirIds.ukCore("Observation"));
        observation.setStatus(ObservationStatus.FINAL);
        observation.addCategory(
                new CodeableConcept(
                        new Coding(
                                "http://terminology.hl7.org/CodeSystem/observation-category",
                                "survey",
                                "Survey")));
        CodeableConcept code = new CodeableConcept().setText(name);
        if (VERIFIED_LOINC.containsKey(name)) {
            code.addCoding(VERIFIED_LOINC.get(name).copy());
        }
        observation.setCode(code);
        observation.setSubject(new Reference(patientUrl));
        if (line.end() != null) {
            observation.setValue(new Quantity().setValue(line.end()));
        } else {
            observation.setDataAbsentReason(
                    new CodeableConcept().setText("Only a baseline score was recorded"));
        }
        observation
                .addComponent()
                .setCode(new CodeableConcept().setText(name + " at baseline"))
                .setValue(new Quantity().setValue(line.baseline()));
        if (line.change() != null) {
            observation
                    .addComponent()
                    .setCode(new CodeableConcept().setText(name + " change from baseline"))
                    .setValue(new Quantity().setValue(line.change()));
        }
        if (Boolean.TRUE.equals(line.meaningfulImprovement())) {
            observation.addInterpretation().setText("Meaningful improvement");
        }
        return observation;
    }

    private static Patient patient(LetterContent letter) {
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

    /** The practitioner who wrote it, with each registration as a qualification. */
    private static Practitioner author(LetterContent letter) {
        LetterContent.Author author = letter.author();
        Practitioner practitioner = new Practitioner();
        practitioner.getMeta().addProfile(FhirIds.ukCore("Practitioner"));
        practitioner.addIdentifier(
                new Identifier()
                        .setSystem(FhirIds.PRACTITIONER_ID)
                        .setValue(author.practitionerId().toString()));
        practitioner.addName().setText(author.name());
        for (LetterContent.RegistrationLine registration : author.registrations()) {
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
                qualification.setPeriod(new Period().setEndElement(day(registration.expiresOn())));
            }
            qualification.setIssuer(new Reference().setDisplay(registration.register()));
        }
        return practitioner;
    }

    private static Organization practice(LetterContent letter) {
        Organization practice = new Organization();
        practice.getMeta().addProfile(FhirIds.ukCore("Organization"));
        practice.addIdentifier(
                new Identifier()
                        .setSystem(FhirIds.ODS_CODE)
                        .setValue(letter.addressee().practiceOdsCode()));
        practice.setName(letter.addressee().practiceName());
        return practice;
    }

    private static Reference patientReference(LetterContent letter) {
        return new Reference()
                .setIdentifier(
                        new Identifier()
                                .setSystem(FhirIds.NHS_NUMBER)
                                .setValue(letter.patient().nhsNumber()))
                .setDisplay(letter.patient().givenName() + " " + letter.patient().familyName());
    }

    /** Uncoded: no verified document-type code is known for this letter. */
    private static CodeableConcept type() {
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
                + letter.sentAt().atZone(UK).toLocalDate();
    }

    private static SectionComponent section(Composition composition, String title, String text) {
        SectionComponent section = composition.addSection().setTitle(title);
        section.setText(narrative(text == null || text.isBlank() ? "None recorded." : text));
        return section;
    }

    private static void optionalSection(Composition composition, String title, String text) {
        if (text != null && !text.isBlank()) {
            section(composition, title, text);
        }
    }

    /** Plain text as XHTML narrative; the text is escaped by the node, never parsed as markup. */
    static Narrative narrative(String text) {
        XhtmlNode div = new XhtmlNode(org.hl7.fhir.utilities.xhtml.NodeType.Element, "div");
        div.setAttribute("xmlns", "http://www.w3.org/1999/xhtml");
        div.addTag("p").addText(text);
        return new Narrative().setStatus(NarrativeStatus.GENERATED).setDiv(div);
    }

    private static void add(Bundle bundle, String fullUrl, Resource resource) {
        bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
    }

    /** Stable entry URLs: the same letter gives the same document every time. */
    private static String urn(UUID letterId, String part) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((letterId + "/" + part).getBytes());
    }

    /** A day as a FHIR dateTime of day precision (Period holds dateTimes). */
    private static DateTimeType day(LocalDate date) {
        return date == null ? null : new DateTimeType(date.toString());
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }
}
