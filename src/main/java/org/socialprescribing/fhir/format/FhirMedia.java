package org.socialprescribing.fhir.format;

/** The media types of the FHIR interface. */
public final class FhirMedia {
    /** FHIR R4's JSON format. */
    public static final String FHIR_JSON = "application/fhir+json";

    private FhirMedia() {}
}
