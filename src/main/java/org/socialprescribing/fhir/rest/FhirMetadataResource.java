package org.socialprescribing.fhir.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.socialprescribing.common.security.Roles;
import org.socialprescribing.fhir.FhirSettings;
import org.socialprescribing.fhir.format.FhirMedia;

@Path("/fhir/metadata")
@Tag(name = "FHIR (BaRS-shaped)")
public class FhirMetadataResource {
    private final FhirSettings settings;

    public FhirMetadataResource(FhirSettings settings) {
        this.settings = settings;
    }

    @GET
    @RolesAllowed({
        Roles.GP,
        Roles.LINK_WORKER,
        Roles.PRACTITIONER,
        Roles.COMMISSIONER,
        Roles.ADMIN
    })
    @Produces({FhirMedia.FHIR_JSON, MediaType.APPLICATION_JSON})
    @Operation(
            summary = "The FHIR CapabilityStatement: what this FHIR interface supports",
            description =
                    "Any role may read it (BaRS secures /metadata like every other call). R4, JSON"
                            + " only.")
    @APIResponse(
            responseCode = "200",
            description = "The CapabilityStatement",
            content =
                    @Content(
                            mediaType = FhirMedia.FHIR_JSON,
                            schema = @Schema(implementation = FhirSchemas.Resource.class)))
    public CapabilityStatement metadata(@Context UriInfo uri) {
        return Capabilities.of(settings, FhirBase.of(uri));
    }
}
