package org.socialprescribing.fhir.message;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.MessageHeader.MessageDestinationComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.socialprescribing.fhir.FhirSettings;
import org.socialprescribing.fhir.error.FhirException;
import org.socialprescribing.fhir.mapping.BundleIndex;
import org.socialprescribing.fhir.mapping.FhirIds;
import org.socialprescribing.fhir.message.BarsMessage.Reason;

/**
 * Checks that a Bundle is a BaRS servicerequest-request message addressed to this service, and
 * finds its parts. Anything else is refused with the element that is wrong.
 */
@ApplicationScoped
public class MessageReader {
    private static final String EVENT = "servicerequest-request";

    private final FhirSettings settings;

    public MessageReader(FhirSettings settings) {
        this.settings = settings;
    }

    public BarsMessage read(Bundle bundle) {
        if (bundle.getType() != BundleType.MESSAGE) {
            throw FhirException.badRequest(
                    "invalid", "Bundle.type must be 'message' for $process-message");
        }
        Resource first = bundle.getEntryFirstRep().getResource();
        if (!(first instanceof MessageHeader header)) {
            throw FhirException.required(
                    "Bundle.entry[0].resource", "The first entry must be the MessageHeader");
        }
        requireEvent(header);
        requireAddressedHere(header);
        Reason reason = reason(header);
        BundleIndex index = new BundleIndex(bundle);
        Reference focus = header.getFocusFirstRep();
        ServiceRequest serviceRequest =
                index.resolve(focus, ServiceRequest.class)
                        .orElseThrow(
                                () ->
                                        FhirException.required(
                                                "MessageHeader.focus",
                                                "MessageHeader.focus must reference the"
                                                        + " ServiceRequest in the Bundle"));
        return new BarsMessage(bundle, index, header, serviceRequest, reason);
    }

    private static void requireEvent(MessageHeader header) {
        if (!header.hasEventCoding()) {
            throw FhirException.required(
                    "MessageHeader.eventCoding", "MessageHeader.eventCoding is required");
        }
        Coding event = header.getEventCoding();
        if (!FhirIds.BARS_EVENTS.equals(event.getSystem()) || !EVENT.equals(event.getCode())) {
            throw FhirException.unprocessable(
                    "not-supported",
                    "This service receives referrals only: the event must be "
                            + FhirIds.BARS_EVENTS
                            + "|"
                            + EVENT
                            + ", not "
                            + event.getSystem()
                            + "|"
                            + event.getCode());
        }
    }

    /** BaRS routes by the destination endpoint; a message for another service is not ours. */
    private void requireAddressedHere(MessageHeader header) {
        if (!header.hasDestination()) {
            throw FhirException.required(
                    "MessageHeader.destination", "MessageHeader.destination is required");
        }
        boolean ours =
                header.getDestination().stream()
                        .map(MessageDestinationComponent::getEndpoint)
                        .anyMatch(settings.endpoint()::equals);
        if (!ours) {
            throw FhirException.unprocessable(
                    "not-found",
                    "The message is addressed to "
                            + header.getDestinationFirstRep().getEndpoint()
                            + "; this service is "
                            + settings.endpoint());
        }
    }

    private static Reason reason(MessageHeader header) {
        Coding reason =
                header.getReason().getCoding().stream()
                        .filter(c -> FhirIds.BARS_REASONS.equals(c.getSystem()))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        FhirException.required(
                                                "MessageHeader.reason",
                                                "MessageHeader.reason needs a coding from "
                                                        + FhirIds.BARS_REASONS
                                                        + " (new or update)"));
        return Arrays.stream(Reason.values())
                .filter(r -> r.code().equals(reason.getCode()))
                .findFirst()
                .orElseThrow(
                        () ->
                                FhirException.unprocessable(
                                        "not-supported",
                                        "Reason '"
                                                + reason.getCode()
                                                + "' is not supported: send 'new' to refer,"
                                                + " 'update' with the ServiceRequest revoked to"
                                                + " cancel"));
    }
}
