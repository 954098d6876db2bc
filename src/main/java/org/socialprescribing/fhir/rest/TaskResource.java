package org.socialprescribing.fhir.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.hl7.fhir.r4.model.Task;
import org.socialprescribing.common.security.Roles;
import org.socialprescribing.fhir.error.FhirException;
import org.socialprescribing.fhir.format.FhirMedia;
import org.socialprescribing.fhir.gateway.ReferralGateway;
import org.socialprescribing.fhir.mapping.OutboundReferral;

@Path("/fhir/Task")
@Tag(name = "FHIR (BaRS-shaped)")
public class TaskResource {
    private final ReferralGateway referrals;

    public TaskResource(ReferralGateway referrals) {
        this.referrals = referrals;
    }

    @GET
    @RolesAllowed({Roles.GP, Roles.LINK_WORKER, Roles.PRACTITIONER, Roles.ADMIN})
    @Produces({FhirMedia.FHIR_JSON, MediaType.APPLICATION_JSON})
    @Operation(
            summary = "A referral's workflow as a FHIR Task",
            description =
                    "Task.status follows the lifecycle (FHIR's task states); businessStatus says"
                            + " where the referral is in this service's words.")
    @APIResponse(
            responseCode = "200",
            description = "A searchset Bundle with the referral's Task, or none you may see",
            content =
                    @Content(
                            mediaType = FhirMedia.FHIR_JSON,
                            schema = @Schema(implementation = FhirSchemas.Resource.class)))
    public Bundle search(
            @Parameter(description = "ServiceRequest/{id}", required = true) @QueryParam("focus")
                    String focus,
            @Context UriInfo uri) {
        if (focus == null || focus.isBlank()) {
            throw FhirException.required("focus", "Search by focus=ServiceRequest/{id}");
        }
        List<Task> tasks =
                Tokens.reference(focus, "ServiceRequest")
                        .flatMap(referrals::find)
                        .map(
                                referral ->
                                        OutboundReferral.task(
                                                referral,
                                                referrals.practitioner(referral.practitionerId())))
                        .stream()
                        .toList();
        return SearchResults.of(tasks, FhirBase.of(uri), uri.getRequestUri().toString(), null);
    }
}
