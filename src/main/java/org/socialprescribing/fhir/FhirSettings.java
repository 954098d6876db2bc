package org.socialprescribing.fhir;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How this service names itself in BaRS-shaped messages ({@code sp.fhir.service.*}; the tests' own
 * {@code sp.fhir.conformance-dir} is outside this prefix).
 */
@ConfigMapping(prefix = "sp.fhir.service")
public interface FhirSettings {
    /**
     * The endpoint senders address referrals to ({@code MessageHeader.destination.endpoint}), as
     * {@code system|value}: in BaRS, the service's identifier in the Directory of Services.
     */
    @WithDefault("https://fhir.nhs.uk/Id/dos-service-id|2000099999")
    String endpoint();

    /** The service's name in responses and in the CapabilityStatement. */
    @WithDefault("Social prescribing referral service")
    String name();
}
