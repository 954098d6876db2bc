package org.socialprescribing.fhir.message;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.socialprescribing.fhir.mapping.BundleIndex;

/**
 * A BaRS servicerequest-request message as received: the Bundle, its header, the ServiceRequest it
 * focuses on, and what the sender asks: a new referral, or an update (here: a cancellation).
 */
public record BarsMessage(
        Bundle bundle,
        BundleIndex index,
        MessageHeader header,
        ServiceRequest serviceRequest,
        Reason reason) {

    public enum Reason {
        NEW("new"),
        UPDATE("update");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** The id a response names as the message it answers: the header's, else the Bundle's. */
    public String messageId() {
        if (header.hasIdElement() && header.getIdElement().hasIdPart()) {
            return withoutUrnPrefix(header.getIdElement().getIdPart());
        }
        String fullUrl = bundle.getEntryFirstRep().getFullUrl();
        if (fullUrl != null && fullUrl.startsWith(URN_UUID)) {
            return withoutUrnPrefix(fullUrl);
        }
        return bundle.getIdElement().getIdPart();
    }

    /** A resource id from a {@code urn:uuid:} full URL, which HAPI may have taken as the id. */
    public static String withoutUrnPrefix(String id) {
        return id.startsWith(URN_UUID) ? id.substring(URN_UUID.length()) : id;
    }

    private static final String URN_UUID = "urn:uuid:";
}
