package org.socialprescribing.fhir.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.socialprescribing.common.security.Roles;
import org.socialprescribing.common.web.Params;
import org.socialprescribing.fhir.format.FhirMedia;
import org.socialprescribing.fhir.gateway.LetterGateway;
import org.socialprescribing.fhir.letter.LetterDocuments;
import org.socialprescribing.letter.LetterContent;

@Path("/fhir/Binary/{id}")
@Tag(name = "FHIR (BaRS-shaped)")
public class BinaryResource {
    private final LetterGateway letters;

    public BinaryResource(LetterGateway letters) {
        this.letters = letters;
    }

    @GET
    @RolesAllowed({Roles.GP, Roles.LINK_WORKER, Roles.PRACTITIONER, Roles.ADMIN})
    @Produces(LetterDocuments.PDF)
    @Operation(
            summary = "The sent treatment-summary letter's PDF",
            description =
                    "With Accept: application/pdf the bytes; with application/fhir+json a Binary"
                            + " resource holding them.")
    @APIResponse(
            responseCode = "200",
            description = "The PDF, or the Binary resource",
            content = {
                @Content(
                        mediaType = LetterDocuments.PDF,
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = FhirMedia.FHIR_JSON,
                        schema = @Schema(implementation = FhirSchemas.Resource.class))
            })
    @APIResponse(
            responseCode = "404",
            description = "No sent letter you may see has this id (REC_NOT_FOUND)")
    public Response pdf(@PathParam("id") String id) {
        LetterContent letter = letters.sentLetter(Params.pathId("Binary", id));
        return Response.ok(letters.pdf(letter), LetterDocuments.PDF)
                .header(
                        "Content-Disposition",
                        "inline; filename=\"treatment-summary-" + letter.referralId() + ".pdf\"")
                .build();
    }

    @GET
    @RolesAllowed({Roles.GP, Roles.LINK_WORKER, Roles.PRACTITIONER, Roles.ADMIN})
    @Produces({FhirMedia.FHIR_JSON, MediaType.APPLICATION_JSON})
    public Response binary(@PathParam("id") String id) {
        // A Response rather than the Binary itself, so that OpenAPI does not describe HAPI's model.
        LetterContent letter = letters.sentLetter(Params.pathId("Binary", id));
        return Response.ok(LetterDocuments.binary(letter, letters.pdf(letter))).build();
    }
}
