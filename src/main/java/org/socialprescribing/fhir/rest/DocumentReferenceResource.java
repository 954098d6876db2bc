package org.socialprescribing.fhir.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.socialprescribing.common.security.Roles;
import org.socialprescribing.common.web.Params;
import org.socialprescribing.fhir.error.FhirException;
import org.socialprescribing.fhir.format.FhirMedia;
import org.socialprescribing.fhir.gateway.LetterGateway;
import org.socialprescribing.fhir.letter.LetterDocuments;

@Path("/fhir/DocumentReference")
@Tag(name = "FHIR (BaRS-shaped)")
@Produces({FhirMedia.FHIR_JSON, MediaType.APPLICATION_JSON})
public class DocumentReferenceResource {
    private final LetterGateway letters;

    public DocumentReferenceResource(LetterGateway letters) {
        this.letters = letters;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.GP, Roles.LINK_WORKER, Roles.PRACTITIONER, Roles.ADMIN})
    @Operation(
            summary = "A sent treatment-summary letter as a DocumentReference",
            description =
                    "Its content is the PDF (Binary/{id}) and the FHIR document (Bundle/{id});"
                            + " context.related is the referral's ServiceRequest.")
    @APIResponse(
            responseCode = "200",
            description = "The DocumentReference",
            content =
                    @Content(
                            mediaType = FhirMedia.FHIR_JSON,
                            schema = @Schema(implementation = FhirSchemas.Resource.class)))
    @APIResponse(
            responseCode = "404",
            description = "No sent letter you may see has this id (REC_NOT_FOUND)")
    public DocumentReference read(@PathParam("id") String id, @Context UriInfo uri) {
        return LetterDocuments.documentReference(
                letters.sentLetter(Params.pathId("DocumentReference", id)), FhirBase.of(uri));
    }

    @GET
    @RolesAllowed({Roles.GP, Roles.LINK_WORKER, Roles.PRACTITIONER, Roles.ADMIN})
    @Operation(summary = "Find a referral's treatment-summary letter, once sent")
    @APIResponse(
            responseCode = "200",
            description = "A searchset Bundle with the letter's DocumentReference, or none",
            content =
                    @Content(
                            mediaType = FhirMedia.FHIR_JSON,
                            schema = @Schema(implementation = FhirSchemas.Resource.class)))
    public Bundle search(
            @Parameter(description = "ServiceRequest/{id}", required = true) @QueryParam("related")
                    String related,
            @Context UriInfo uri) {
        if (related == null || related.isBlank()) {
            throw FhirException.required("related", "Search by related=ServiceRequest/{id}");
        }
        String base = FhirBase.of(uri);
        List<DocumentReference> found =
                Tokens.reference(related, "ServiceRequest")
                        .flatMap(letters::sentLetterOfReferral)
                        .map(letter -> LetterDocuments.documentReference(letter, base))
                        .stream()
                        .toList();
        return SearchResults.of(found, base, uri.getRequestUri().toString(), null);
    }
}
