package org.socialprescribing.treatment.outcome;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.socialprescribing.common.security.CurrentCaller;
import org.socialprescribing.common.security.Roles;
import org.socialprescribing.common.web.Created;
import org.socialprescribing.common.web.Params;
import org.socialprescribing.treatment.outcome.OutcomeApi.OutcomeRecordView;
import org.socialprescribing.treatment.outcome.OutcomeApi.OutcomeRequest;
import org.socialprescribing.treatment.outcome.OutcomeApi.OutcomeSummary;

@Path("/api/v1/referrals/{id}/outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Treatment")
public class OutcomeResource {
    private final OutcomeService service;
    private final CurrentCaller caller;

    public OutcomeResource(OutcomeService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.PRACTITIONER)
    @Operation(
            summary =
                    "Record a completed outcome measure; the API checks the answers and computes the"
                            + " scores (PHQ-9 item 9 above zero raises an urgent safety alert)")
    @APIResponse(
            responseCode = "201",
            description = "Recorded and scored",
            content = @Content(schema = @Schema(implementation = OutcomeRecordView.class)))
    @APIResponse(responseCode = "404", description = "No referral sent to you has this id")
    @APIResponse(responseCode = "409", description = "The referral is not accepted or in treatment")
    public RestResponse<OutcomeRecordView> record(
            @PathParam("id") String id, @Valid @NotNull OutcomeRequest request) {
        OutcomeRecordView recorded =
                service.record(caller.get(), Params.pathId("Referral", id), request);
        return Created.at("/api/v1/referrals/" + id + "/outcomes", recorded);
    }

    @GET
    @RolesAllowed({Roles.GP, Roles.LINK_WORKER, Roles.PRACTITIONER, Roles.ADMIN})
    @Operation(
            summary =
                    "Each measure's baseline, latest and change, and whether the change is a"
                            + " meaningful improvement; withheld from the GP without the patient's consent")
    @APIResponse(responseCode = "200", description = "The outcomes you may see")
    @APIResponse(responseCode = "404", description = "No referral you may see has this id")
    public OutcomeSummary summary(@PathParam("id") String id) {
        return service.summary(caller.get(), Params.pathId("Referral", id));
    }
}
