package org.socialprescribing.fhir.rest;

import java.util.Date;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.EventCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;
import org.socialprescribing.fhir.FhirSettings;
import org.socialprescribing.fhir.mapping.FhirIds;

/** What the FHIR interface does, and nothing it does not: read and search only, plus messaging. */
final class Capabilities {
    private Capabilities() {}

    static CapabilityStatement of(FhirSettings settings, String base) {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(PublicationStatus.ACTIVE);
        statement.setDate(new Date());
        statement.setPublisher(settings.name());
        statement.setKind(CapabilityStatementKind.INSTANCE);
        statement.getSoftware().setName("social-prescribing-api");
        statement
                .getImplementation()
                .setDescription(
                        settings.name()
                                + ": BaRS-shaped referrals in, status and the treatment-summary"
                                + " letter out (not BaRS-certified)")
                .setUrl(base);
        statement.setFhirVersion(FHIRVersion._4_0_1);
        statement.addFormat("application/fhir+json");
        rest(statement.addRest());
        messaging(statement.addMessaging(), settings, base);
        return statement;
    }

    /** Read and search, behind OAuth, and the $process-message operation. */
    private static void rest(CapabilityStatementRestComponent rest) {
        rest.setMode(RestfulCapabilityMode.SERVER);
        rest.getSecurity()
                .addService(
                        new CodeableConcept(
                                new Coding(
                                        "http://terminology.hl7.org/CodeSystem/restful-security-service",
                                        "OAuth",
                                        "OAuth")))
                .setDescription(
                        "A bearer token from the service's Keycloak realm; a GP system sees only"
                                + " its own practice's referrals.");
        serviceRequests(rest);
        search(
                        resource(rest, "Task", false),
                        "focus",
                        "ServiceRequest/{id}: the referral's workflow")
                .setType(SearchParamType.REFERENCE);
        search(
                        resource(rest, "DocumentReference", true),
                        "related",
                        "ServiceRequest/{id}: the referral's treatment-summary letter, once sent")
                .setType(SearchParamType.REFERENCE);
        resource(rest, "Binary", true)
                .setDocumentation("The letter's PDF: ask for application/pdf for the bytes");
        resource(rest, "Bundle", true)
                .setDocumentation("The letter as a FHIR document (Composition and Observations)");
        rest.addOperation()
                .setName("process-message")
                .setDefinition(
                        "http://hl7.org/fhir/OperationDefinition/MessageHeader-process-message");
    }

    private static void serviceRequests(CapabilityStatementRestComponent rest) {
        CapabilityStatementRestResourceComponent serviceRequest =
                resource(rest, "ServiceRequest", true);
        search(serviceRequest, "identifier", "This service's id: urn:ietf:rfc:3986|urn:uuid:{id}");
        search(
                        serviceRequest,
                        "patient",
                        "By the patient's NHS number only: patient:identifier="
                                + FhirIds.NHS_NUMBER
                                + "|{number}")
                .setType(SearchParamType.REFERENCE);
        search(serviceRequest, "_count", "Results per page, 1 to 100 (default 20)")
                .setType(SearchParamType.NUMBER);
    }

    /** BaRS referrals and cancellations received over HTTP at $process-message. */
    private static void messaging(
            CapabilityStatement.CapabilityStatementMessagingComponent messaging,
            FhirSettings settings,
            String base) {
        messaging
                .addEndpoint()
                .setProtocol(
                        new Coding(
                                "http://terminology.hl7.org/CodeSystem/message-transport",
                                "http",
                                "HTTP"))
                .setAddress(base + "/$process-message");
        messaging
                .addSupportedMessage()
                .setMode(EventCapabilityMode.RECEIVER)
                .setDefinition(FhirIds.BARS_REFERRAL_DEFINITION);
        messaging
                .addSupportedMessage()
                .setMode(EventCapabilityMode.RECEIVER)
                .setDefinition(FhirIds.BARS_CANCELLATION_DEFINITION);
        messaging.setDocumentation(
                "Referrals to "
                        + settings.endpoint()
                        + ": X-Request-Id (a UUID per request, repeated on retries) and"
                        + " X-Correlation-Id (the conversation) are required.");
    }

    private static CapabilityStatementRestResourceComponent resource(
            CapabilityStatementRestComponent rest, String type, boolean read) {
        CapabilityStatementRestResourceComponent resource = rest.addResource().setType(type);
        if (read) {
            resource.addInteraction().setCode(TypeRestfulInteraction.READ);
        }
        return resource;
    }

    private static CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent search(
            CapabilityStatementRestResourceComponent resource, String name, String documentation) {
        if (resource.getInteraction().stream()
                .noneMatch(i -> i.getCode() == TypeRestfulInteraction.SEARCHTYPE)) {
            resource.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        }
        return resource.addSearchParam()
                .setName(name)
                .setType(SearchParamType.TOKEN)
                .setDocumentation(documentation);
    }
}
