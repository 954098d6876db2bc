package org.socialprescribing.fhir.mapping;

/**
 * The identifier systems, code systems and profiles the FHIR interface uses: the NHS's and BaRS's
 * where they exist, and this service's own under one base for what only it defines (its therapy
 * codes, condition categories, referral statuses and practitioner ids).
 */
public final class FhirIds {
    public static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
    public static final String ODS_CODE = "https://fhir.nhs.uk/Id/ods-organization-code";
    public static final String SNOMED = "http://snomed.info/sct";
    public static final String LOINC = "http://loinc.org";

    /** An identifier whose value is a {@code urn:uuid:}: this service's own ids. */
    public static final String URN_IDS = "urn:ietf:rfc:3986";

    public static final String GMC_NUMBER = "https://fhir.hl7.org.uk/Id/gmc-number";
    public static final String GMP_NUMBER = "https://fhir.hl7.org.uk/Id/gmp-number";

    public static final String BARS_EVENTS = "https://fhir.nhs.uk/CodeSystem/message-events-bars";
    public static final String BARS_REASONS = "https://fhir.nhs.uk/CodeSystem/message-reason-bars";
    public static final String BARS_SERVICE_REQUEST_CATEGORY =
            "https://fhir.nhs.uk/CodeSystem/message-category-servicerequest";
    public static final String BARS_REFERRAL_DEFINITION =
            "https://fhir.nhs.uk/MessageDefinition/bars-message-servicerequest-request-referral";
    public static final String BARS_CANCELLATION_DEFINITION =
            "https://fhir.nhs.uk/MessageDefinition/bars-message-servicerequest-request-cancelled";

    public static final String PROFILE_BARS_BUNDLE =
            "https://fhir.nhs.uk/StructureDefinition/BARSBundleMessage";
    public static final String PROFILE_BARS_RESPONSE_HEADER =
            "https://fhir.nhs.uk/StructureDefinition/BARSMessageHeader-servicerequest-response";
    public static final String PROFILE_BARS_SERVICE_REQUEST =
            "https://fhir.nhs.uk/StructureDefinition/BARSServiceRequest-request-referral";
    private static final String UK_CORE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-";

    /** This service's own definitions. */
    public static final String BASE = "https://fhir.socialprescribing.org";

    public static final String PRACTITIONER_ID = BASE + "/Id/practitioner";
    public static final String THERAPIES = BASE + "/CodeSystem/therapy";
    public static final String CONDITION_CATEGORIES = BASE + "/CodeSystem/condition-category";
    public static final String REFERRAL_STATUSES = BASE + "/CodeSystem/referral-status";
    public static final String CONSENT_CATEGORIES = BASE + "/CodeSystem/consent-category";
    public static final String SHARE_OUTCOMES = "share-outcomes-with-gp";
    public static final String DECLINE_REASONS = BASE + "/CodeSystem/decline-reason";
    public static final String DELEGATION_ACCEPTED =
            BASE + "/StructureDefinition/Extension-DelegationAccepted";

    private FhirIds() {}

    /** A UK Core profile's canonical URL, e.g. {@code ukCore("Task")}. */
    public static String ukCore(String resource) {
        return UK_CORE + resource;
    }
}
