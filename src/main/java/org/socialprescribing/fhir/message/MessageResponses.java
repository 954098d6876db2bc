package org.socialprescribing.fhir.message;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.MessageHeader.ResponseType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.socialprescribing.fhir.FhirSettings;
import org.socialprescribing.fhir.mapping.FhirIds;
import org.socialprescribing.fhir.message.BarsMessage.Reason;

/**
 * The synchronous answer to a BaRS request: a servicerequest-response message whose header answers
 * the request's message id with "ok" and focuses on the referral as it now stands, with its
 * workflow Task.
 */
@ApplicationScoped
public class MessageResponses {
    private final FhirSettings settings;

    public MessageResponses(FhirSettings settings) {
        this.settings = settings;
    }

    public Bundle ok(
            BarsMessage request,
            Reason reason,
            ServiceRequest serviceRequest,
            Task task,
            String practiceOdsCode,
            String base) {
        Bundle bundle = new Bundle();
        bundle.setId(UUID.randomUUID().toString());
        bundle.getMeta().addProfile(FhirIds.PROFILE_BARS_BUNDLE);
        bundle.setType(BundleType.MESSAGE);
        bundle.setTimestamp(new Date());
        String serviceRequestUrl = base + "/ServiceRequest/" + serviceRequest.getIdPart();
        String practiceUrl = urn();
        String serviceUrl = urn();

        MessageHeader header = new MessageHeader();
        header.getMeta().addProfile(FhirIds.PROFILE_BARS_RESPONSE_HEADER);
        header.setEvent(new Coding(FhirIds.BARS_EVENTS, "servicerequest-response", null));
        header.addDestination()
                .setEndpoint(replyEndpoint(request, practiceOdsCode))
                .setReceiver(new Reference(practiceUrl));
        header.setSender(new Reference(serviceUrl));
        header.getSource()
                .setName(settings.name())
                .setSoftware("social-prescribing-api")
                .setEndpoint(settings.endpoint());
        header.getReason().addCoding(new Coding(FhirIds.BARS_REASONS, reason.code(), null));
        header.getResponse().setIdentifier(request.messageId()).setCode(ResponseType.OK);
        header.addFocus(new Reference(serviceRequestUrl));
        header.addFocus(new Reference(base + "/Task/" + task.getIdPart()));

        add(bundle, urn(), header);
        add(bundle, serviceRequestUrl, serviceRequest);
        add(bundle, base + "/Task/" + task.getIdPart(), task);
        add(bundle, practiceUrl, practice(practiceOdsCode));
        add(bundle, serviceUrl, thisService());
        return bundle;
    }

    /** Where the sender asked for replies; else its practice, by ODS code. */
    private static String replyEndpoint(BarsMessage request, String practiceOdsCode) {
        String endpoint = request.header().getSource().getEndpoint();
        return endpoint != null && !endpoint.isBlank()
                ? endpoint
                : FhirIds.ODS_CODE + "|" + practiceOdsCode;
    }

    private static Organization practice(String odsCode) {
        Organization practice = new Organization();
        practice.getMeta().addProfile(FhirIds.ukCore("Organization"));
        practice.addIdentifier(new Identifier().setSystem(FhirIds.ODS_CODE).setValue(odsCode));
        return practice;
    }

    private Organization thisService() {
        Organization service = new Organization();
        service.getMeta().addProfile(FhirIds.ukCore("Organization"));
        service.setName(settings.name());
        return service;
    }

    private static void add(Bundle bundle, String fullUrl, Resource resource) {
        bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
    }

    private static String urn() {
        return "urn:uuid:" + UUID.randomUUID();
    }
}
