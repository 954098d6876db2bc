package org.socialprescribing.fhir.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestPriority;
import org.socialprescribing.fhir.error.FhirException;
import org.socialprescribing.referral.api.ReferralRequest;
import org.socialprescribing.referral.domain.ReferralSource;
import org.socialprescribing.referral.domain.Urgency;

/**
 * A BaRS referral message as the API's own {@link ReferralRequest}, so that it meets exactly the
 * rules a REST referral meets. Where the message has nowhere to say something, the default is the
 * cautious one: routine, outcomes not shared, condition category "other". The patient's details are
 * read by {@link InboundPatient}, the clinical ones by {@link InboundClinicalDetails}.
 */
public final class InboundReferral {
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

    /** The referral a message asks for: its header, the ServiceRequest it focuses, its Bundle. */
    public static ReferralRequest of(
            MessageHeader header, ServiceRequest request, BundleIndex index) {
        Patient patient =
                index.resolve(request.getSubject(), Patient.class)
                        .orElseThrow(
                                () ->
                                        FhirException.required(
                                                "ServiceRequest.subject",
                                                "ServiceRequest.subject must reference the Patient"
                                                        + " in the Bundle"));
        List<Condition> conditions = InboundClinicalDetails.conditions(index, request);
        return new ReferralRequest(
                senderOdsCode(header, index),
                referrer(index, request),
                InboundPatient.of(patient),
                conditions.stream().map(InboundClinicalDetails::condition).toList(),
                Concepts.code(request.getCode(), FhirIds.THERAPIES).orElse(null),
                practitionerId(index, request),
                InboundClinicalDetails.reason(request, conditions),
                InboundClinicalDetails.goals(index),
                InboundClinicalDetails.clinicalSummary(index, request),
                InboundClinicalDetails.medications(index),
                InboundClinicalDetails.redFlags(index),
                urgency(request),
                consent(index),
                delegationAccepted(request),
                ReferralSource.GP_PRACTICE);
    }

    /** The referring practice: the sender's ODS code. */
    private static String senderOdsCode(MessageHeader header, BundleIndex index) {
        Reference sender = header.getSender();
        return index.resolve(sender, Organization.class)
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
                        .or(() -> practitionerOfRole(index, requester));
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
        return new ReferralRequest.Referrer(name, professionalCode, null);
    }

    private static Optional<Practitioner> practitionerOfRole(
            BundleIndex index, Reference reference) {
        return index.resolve(reference, PractitionerRole.class)
                .flatMap(role -> index.resolve(role.getPractitioner(), Practitioner.class));
    }

    /** The practitioner asked for: a performer with this service's practitioner id. */
    private static UUID practitionerId(BundleIndex index, ServiceRequest request) {
        for (Reference performer : request.getPerformer()) {
            Optional<String> id =
                    performerIdentifiers(index, performer).stream()
                            .filter(i -> FhirIds.PRACTITIONER_ID.equals(i.getSystem()))
                            .map(Identifier::getValue)
                            .findFirst();
            if (id.isPresent()) {
                return uuid(id.get());
            }
        }
        return null;
    }

    /** A performer's identifiers: on the reference, its Practitioner, its role and the role's. */
    private static List<Identifier> performerIdentifiers(BundleIndex index, Reference performer) {
        List<Identifier> identifiers = new ArrayList<>();
        identifiers.add(performer.getIdentifier());
        index.resolve(performer, Practitioner.class)
                .ifPresent(p -> identifiers.addAll(p.getIdentifier()));
        index.resolve(performer, PractitionerRole.class)
                .ifPresent(role -> identifiers.addAll(role.getIdentifier()));
        practitionerOfRole(index, performer).ifPresent(p -> identifiers.addAll(p.getIdentifier()));
        return identifiers;
    }

    private static UUID uuid(String practitionerId) {
        try {
            return UUID.fromString(practitionerId);
        } catch (IllegalArgumentException e) {
            throw FhirException.invalid(
                    List.of(
                            new FhirException.Issue(
                                    "value",
                                    "A practitioner id ("
                                            + FhirIds.PRACTITIONER_ID
                                            + ") is a UUID, not "
                                            + practitionerId,
                                    "ServiceRequest.performer")));
        }
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
                consents.stream().filter(InboundReferral::isSharingOutcomes).findFirst();
        Boolean agreed =
                consents.stream()
                        .filter(c -> sharing.map(s -> s != c).orElse(true))
                        .findFirst()
                        .map(InboundReferral::permits)
                        .orElse(null);
        return new ReferralRequest.Consent(
                agreed, sharing.map(InboundReferral::permits).orElse(false));
    }

    private static boolean isSharingOutcomes(Consent consent) {
        return consent.getCategory().stream()
                .map(c -> Concepts.code(c, FhirIds.CONSENT_CATEGORIES))
                .flatMap(Optional::stream)
                .anyMatch(FhirIds.SHARE_OUTCOMES::equals);
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
}
