package org.socialprescribing.fhir.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.Bundle;
import org.socialprescribing.common.security.Roles;
import org.socialprescribing.common.web.Params;
import org.socialprescribing.fhir.format.FhirMedia;
import org.socialprescribing.fhir.gateway.LetterGateway;
import org.socialprescribing.fhir.letter.TreatmentSummaryDocument;

@Path("/fhir/Bundle/{id}")
@Tag(name = "FHIR (BaRS-shaped)")
public class DocumentBundleResource {
    private final LetterGateway letters;

    public DocumentBundleResource(LetterGateway letters) {
        this.letters = letters;
    }

    @GET
    @RolesAllowed({Roles.GP, Roles.LINK_WORKER, Roles.PRACTITIONER, Roles.ADMIN})
    @Produces({FhirMedia.FHIR_JSON, MediaType.APPLICATION_JSON})
    @Operation(
            summary = "A sent treatment-summary letter as a FHIR document",
            description =
                    "A document Bundle: the Composition with sections for what was offered, what"
                            + " was taken up and the outcomes (Observations, LOINC-coded only for"
                            + " the PHQ-9 and GAD-7 totals), then the practitioner's narrative.")
    @APIResponse(
            responseCode = "200",
            description = "The document Bundle",
            content =
                    @Content(
                            mediaType = FhirMedia.FHIR_JSON,
                            schema = @Schema(implementation = FhirSchemas.Resource.class)))
    @APIResponse(
            responseCode = "404",
            description = "No sent letter you may see has this id (REC_NOT_FOUND)")
    public Bundle read(@PathParam("id") String id) {
        return TreatmentSummaryDocument.of(letters.sentLetter(Params.pathId("Bundle", id)));
    }
}
