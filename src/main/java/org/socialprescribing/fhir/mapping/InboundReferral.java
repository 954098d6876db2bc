package org.socialprescribing.fhir.mapping;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestPriority;
import org.socialprescribing.fhir.error.FhirException;
import org.socialprescribing.fhir.message.BarsMessage;
import org.socialprescribing.fhir.message.BundleIndex;
import org.socialprescribing.referral.api.ReferralRequest;
import org.socialprescribing.referral.domain.ConditionCategory;
import org.socialprescribing.referral.domain.Urgency;

/**
 * A BaRS referral message as the API's own {@link ReferralRequest}, so that it meets exactly the
 * rules a REST referral meets. Where the message has nowhere to say something, the default is the
 * cautious one: routine, outcomes not shared, condition category "other".
 */
public final class InboundReferral {
    private static final String INTERPRETER_REQUIRED =
            "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired";

    /** Where each field of the request comes from, for errors that point at the message. */
    private static final Map<String, String> SOURCES =
            Map.ofEntries(
                    Map.entry("practiceOdsCode", "MessageHeader.sender"),
                    Map.entry("referrer", "ServiceRequest.requester"),
                    Map.entry("patient.nhsNumber", "Patient.identifier"),
                    Map.entry("patient.givenName", "Patient.name.given"),
                    Map.entry("patient.familyName", "Patient.name.family"),
                    Map.entry("patient.birthDate", "Patient.birthDate"),
                    Map.entry("patient.postcode", "Patient.address.postalCode"),
                    Map.entry("patient.phone", "Patient.telecom"),
                    Map.entry("patient.email", "Patient.telecom"),
                    Map.entry("patient.interpreterLanguage", "Patient.communication"),
                    Map.entry("conditions", "Condition"),
                    Map.entry("therapyCode", "ServiceRequest.code"),
                    Map.entry("reason", "ServiceRequest.reasonCode"),
                    Map.entry("goals", "CarePlan.description"),
                    Map.entry("clinicalSummary", "ServiceRequest.note"),
                    Map.entry("medications", "MedicationStatement"),
                    Map.entry("redFlags", "Flag"),
                    Map.entry("urgency", "ServiceRequest.priority"),
                    Map.entry("consent", "Consent"));

    private InboundReferral() {}

    /** The element of the message a request field came from, e.g. "Patient.identifier". */
    public static String sourceOf(String field) {
        String key = field;
        while (true) {
            String source = SOURCES.get(key.replaceAll("\\[\\d+]", ""));
            if (source != null) {
                return source;
            }
            int dot = key.lastIndexOf('.');
            if (dot < 0) {
                return "Bundle";
            }
            key = key.substring(0, dot);
        }
    }

    public static ReferralRequest of(BarsMessage message) {
        BundleIndex index = message.index();
        ServiceRequest request = message.serviceRequest();
        Patient patient =
                index.resolve(request.getSubject(), Patient.class)
                        .orElseThrow(
                                () ->
                                        FhirException.required(
                                                "ServiceRequest.subject",
                                                "ServiceRequest.subject must reference the Patient"
                                                        + " in the Bundle"));
        List<Condition> conditions = conditions(index, request);
        return new ReferralRequest(
                senderOdsCode(message),
                referrer(index, request),
                patient(patient),
                conditions.stream().map(InboundReferral::condition).toList(),
                therapyCode(request),
                practitionerId(index, request),
                reason(request, conditions),
                goals(index),
                clinicalSummary(index, request),
                index.all(MedicationStatement.class).stream()
                        .map(m -> text(m.getMedicationCodeableConcept()))
                        .filter(Objects::nonNull)
                        .toList(),
                index.all(Flag.class).stream()
                        .filter(f -> f.getStatus() != Flag.FlagStatus.INACTIVE)
                        .map(f -> text(f.getCode()))
                        .filter(Objects::nonNull)
                        .toList(),
                urgency(request),
                consent(index),
                delegationAccepted(request));
    }

    /** The referring practice: the sender's ODS code. */
    private static String senderOdsCode(BarsMessage message) {
        Reference sender = message.header().getSender();
        return message.index()
                .resolve(sender, Organization.class)
                .flatMap(o -> odsCode(o.getIdentifier()))
                .or(() -> odsCode(List.of(sender.getIdentifier())))
                .orElseThrow(
                        () ->
                                FhirException.required(
                                        "MessageHeader.sender",
                                        "MessageHeader.sender must be the referring practice's"
                                                + " Organization, identified by its ODS code ("
                                                + FhirIds.ODS_CODE
                                                + ")"));
    }

    /** ODS codes; the system's case is forgiven, as BaRS's own examples write "/id/". */
    private static Optional<String> odsCode(List<Identifier> identifiers) {
        return identifiers.stream()
                .filter(i -> FhirIds.ODS_CODE.equalsIgnoreCase(i.getSystem()) && i.hasValue())
                .map(Identifier::getValue)
                .findFirst();
    }

    private static ReferralRequest.Referrer referrer(BundleIndex index, ServiceRequest request) {
        Reference requester = request.getRequester();
        Optional<Practitioner> practitioner =
                index.resolve(requester, Practitioner.class)
                        .or(
                                () ->
                                        index.resolve(requester, PractitionerRole.class)
                                                .flatMap(
                                                        role ->
                                                                index.resolve(
                                                                        role.getPractitioner(),
                                                                        Practitioner.class)));
        String name =
                practitioner
                        .map(p -> name(p.getNameFirstRep()))
                        .filter(n -> !n.isBlank())
                        .orElseGet(requester::getDisplay);
        if (name == null || name.isBlank()) {
            throw FhirException.required(
                    "ServiceRequest.requester",
                    "ServiceRequest.requester must reference the referring Practitioner (or"
                            + " PractitionerRole) in the Bundle, with a name");
        }
        String professionalCode =
                practitioner.stream()
                        .flatMap(p -> p.getIdentifier().stream())
                        .filter(
                                i ->
                                        FhirIds.GMP_NUMBER.equals(i.getSystem())
                                                || FhirIds.GMC_NUMBER.equals(i.getSystem()))
                        .map(Identifier::getValue)
                        .findFirst()
                        .orElse(null);
        return new ReferralRequest.Referrer(name, professionalCode);
    }

    private static ReferralRequest.PatientDetails patient(Patient patient) {
        HumanName name =
                patient.getName().stream()
                        .filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL)
                        .findFirst()
                        .orElse(patient.getNameFirstRep());
        List<ContactPoint> telecom =
                Stream.concat(
                                patient.getTelecom().stream(),
                                patient.getContact().stream()
                                        .filter(InboundReferral::isThePatient)
                                        .flatMap(c -> c.getTelecom().stream()))
                        .toList();
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
                .sorted(
                        (a, b) -> {
                            int rank = Integer.compare(rank(a), rank(b));
                            return rank != 0 ? rank : Boolean.compare(!mobile(a), !mobile(b));
                        })
                .map(ContactPoint::getValue)
                .findFirst();
    }

    private static int rank(ContactPoint contact) {
        return contact.hasRank() ? contact.getRank() : Integer.MAX_VALUE;
    }

    private static boolean mobile(ContactPoint contact) {
        return contact.getUse() == ContactPoint.ContactPointUse.MOBILE;
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
                .map(c -> text(c.getLanguage()))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** The conditions the referral is for: its reasons, else every Condition sent with it. */
    private static List<Condition> conditions(BundleIndex index, ServiceRequest request) {
        List<Condition> reasons =
                request.getReasonReference().stream()
                        .map(r -> index.resolve(r, Condition.class))
                        .flatMap(Optional::stream)
                        .toList();
        return reasons.isEmpty() ? index.all(Condition.class) : reasons;
    }

    private static ReferralRequest.ConditionDetails condition(Condition condition) {
        CodeableConcept code = condition.getCode();
        String snomed = code(code, FhirIds.SNOMED).orElse(null);
        ConditionCategory category =
                condition.getCategory().stream()
                        .map(c -> code(c, FhirIds.CONDITION_CATEGORIES))
                        .flatMap(Optional::stream)
                        .findFirst()
                        .map(InboundReferral::category)
                        .orElse(ConditionCategory.OTHER);
        return new ReferralRequest.ConditionDetails(text(code), snomed, category);
    }

    private static ConditionCategory category(String code) {
        return switch (code) {
            case "msk" -> ConditionCategory.MSK;
            case "mental-health" -> ConditionCategory.MENTAL_HEALTH;
            default -> ConditionCategory.OTHER;
        };
    }

    private static String therapyCode(ServiceRequest request) {
        return code(request.getCode(), FhirIds.THERAPIES).orElse(null);
    }

    /** The practitioner asked for: a performer with this service's practitioner id. */
    private static UUID practitionerId(BundleIndex index, ServiceRequest request) {
        for (Reference performer : request.getPerformer()) {
            List<Identifier> identifiers = new ArrayList<>();
            identifiers.add(performer.getIdentifier());
            index.resolve(performer, Practitioner.class)
                    .ifPresent(p -> identifiers.addAll(p.getIdentifier()));
            index.resolve(performer, PractitionerRole.class)
                    .ifPresent(
                            role -> {
                                identifiers.addAll(role.getIdentifier());
                                index.resolve(role.getPractitioner(), Practitioner.class)
                                        .ifPresent(p -> identifiers.addAll(p.getIdentifier()));
                            });
            Optional<String> id =
                    identifiers.stream()
                            .filter(i -> FhirIds.PRACTITIONER_ID.equals(i.getSystem()))
                            .map(Identifier::getValue)
                            .findFirst();
            if (id.isPresent()) {
                try {
                    return UUID.fromString(id.get());
                } catch (IllegalArgumentException e) {
                    throw FhirException.invalid(
                            List.of(
                                    new FhirException.Issue(
                                            "value",
                                            "A practitioner id ("
                                                    + FhirIds.PRACTITIONER_ID
                                                    + ") is a UUID, not "
                                                    + id.get(),
                                            "ServiceRequest.performer")));
                }
            }
        }
        return null;
    }

    /** Why: the request's stated reasons, else the conditions it is for. */
    private static String reason(ServiceRequest request, List<Condition> conditions) {
        String stated =
                request.getReasonCode().stream()
                        .map(InboundReferral::text)
                        .filter(Objects::nonNull)
                        .collect(Collectors.joining("; "));
        if (!stated.isBlank()) {
            return stated;
        }
        String conditionTexts =
                conditions.stream()
                        .map(c -> text(c.getCode()))
                        .filter(Objects::nonNull)
                        .collect(Collectors.joining("; "));
        return blankToNull(conditionTexts);
    }

    private static String goals(BundleIndex index) {
        return blankToNull(
                index.all(CarePlan.class).stream()
                        .map(CarePlan::getDescription)
                        .filter(Objects::nonNull)
                        .collect(Collectors.joining("\n")));
    }

    /** The request's notes, else what BaRS puts in the care plan's activity outcome. */
    private static String clinicalSummary(BundleIndex index, ServiceRequest request) {
        String notes =
                request.getNote().stream()
                        .map(Annotation::getText)
                        .filter(Objects::nonNull)
                        .collect(Collectors.joining("\n"));
        if (!notes.isBlank()) {
            return notes;
        }
        return blankToNull(
                index.all(CarePlan.class).stream()
                        .flatMap(p -> p.getActivity().stream())
                        .flatMap(a -> a.getOutcomeCodeableConcept().stream())
                        .map(InboundReferral::text)
                        .filter(Objects::nonNull)
                        .collect(Collectors.joining("\n")));
    }

    private static Urgency urgency(ServiceRequest request) {
        ServiceRequestPriority priority = request.getPriority();
        return priority == null || priority == ServiceRequestPriority.ROUTINE
                ? Urgency.ROUTINE
                : Urgency.URGENT;
    }

    /**
     * Agreement to the referral is an active Consent that does not deny; sharing outcomes with the
     * GP is a Consent of this service's category "share-outcomes-with-gp", and is not assumed.
     */
    private static ReferralRequest.Consent consent(BundleIndex index) {
        List<Consent> consents = index.all(Consent.class);
        Optional<Consent> sharing =
                consents.stream()
                        .filter(
                                c ->
                                        c.getCategory().stream()
                                                .anyMatch(
                                                        cc ->
                                                                code(cc, FhirIds.CONSENT_CATEGORIES)
                                                                        .filter(
                                                                                FhirIds
                                                                                                .SHARE_OUTCOMES
                                                                                        ::equals)
                                                                        .isPresent()))
                        .findFirst();
        Boolean agreed =
                consents.stream()
                        .filter(c -> sharing.map(s -> s != c).orElse(true))
                        .findFirst()
                        .map(InboundReferral::permits)
                        .orElse(null);
        return new ReferralRequest.Consent(
                agreed, sharing.map(InboundReferral::permits).orElse(false));
    }

    private static boolean permits(Consent consent) {
        return consent.getStatus() == Consent.ConsentState.ACTIVE
                && consent.getProvision().getType() != Consent.ConsentProvisionType.DENY;
    }

    private static Boolean delegationAccepted(ServiceRequest request) {
        Extension extension = request.getExtensionByUrl(FhirIds.DELEGATION_ACCEPTED);
        return extension != null && extension.getValue() instanceof BooleanType b
                ? b.booleanValue()
                : null;
    }

    static Optional<String> code(CodeableConcept concept, String system) {
        return concept.getCoding().stream()
                .filter(c -> system.equals(c.getSystem()) && c.hasCode())
                .map(Coding::getCode)
                .findFirst();
    }

    /** A concept's words: its text, else its first coding's display. */
    static String text(CodeableConcept concept) {
        if (concept == null) {
            return null;
        }
        if (concept.hasText()) {
            return concept.getText();
        }
        return concept.getCoding().stream()
                .map(Coding::getDisplay)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static String name(HumanName name) {
        if (name.hasText()) {
            return name.getText();
        }
        return Stream.concat(
                        name.getPrefix().stream().map(p -> p.getValue()),
                        Stream.of(name.getGivenAsSingleString(), name.getFamily()))
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" "));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
