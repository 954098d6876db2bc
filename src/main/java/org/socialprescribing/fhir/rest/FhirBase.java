package org.socialprescribing.fhir.rest;

import jakarta.ws.rs.core.UriInfo;

/**
 * Where this FHIR server is, as the caller reached it: the base of every absolute URL it writes.
 */
final class FhirBase {
    private FhirBase() {}

    static String of(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return (base.endsWith("/") ? base : base + "/") + "fhir";
    }
}
