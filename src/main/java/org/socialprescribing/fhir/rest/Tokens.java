package org.socialprescribing.fhir.rest;

import java.util.Optional;
import java.util.UUID;
import org.socialprescribing.common.web.Params;
import org.socialprescribing.fhir.mapping.FhirIds;

/** FHIR search parameter values: tokens ({@code system|value}) and references. */
final class Tokens {
    private Tokens() {}

    /**
     * The value of a token whose system is the given one (or which names no system); empty when it
     * names another system, which matches nothing here.
     */
    static Optional<String> value(String token, String system) {
        int bar = token.indexOf('|');
        if (bar < 0) {
            return Optional.of(token);
        }
        String named = token.substring(0, bar);
        return named.isEmpty() || named.equals(system)
                ? Optional.of(token.substring(bar + 1))
                : Optional.empty();
    }

    /** This service's id from an identifier token: {@code urn:ietf:rfc:3986|urn:uuid:{id}}. */
    static Optional<UUID> serviceId(String token) {
        return value(token, FhirIds.URN_IDS)
                .map(v -> v.startsWith("urn:uuid:") ? v.substring("urn:uuid:".length()) : v)
                .flatMap(Params::uuid);
    }

    /** The id in a reference such as {@code ServiceRequest/{id}} (or the bare id). */
    static Optional<UUID> reference(String reference, String type) {
        String prefix = type + "/";
        String id = reference.startsWith(prefix) ? reference.substring(prefix.length()) : reference;
        return id.contains("/") ? Optional.empty() : Params.uuid(id);
    }
}
