package org.socialprescribing.safety;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
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
import org.socialprescribing.safety.SafetyAlertApi.SafetyAlertRequest;
import org.socialprescribing.safety.SafetyAlertApi.SafetyAlertView;

@Path("/api/v1/referrals/{id}/safety-alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Safety alerts")
public class SafetyAlertResource {
    private final SafetyAlertService service;
    private final CurrentCaller caller;

    public SafetyAlertResource(SafetyAlertService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.PRACTITIONER)
    @Operation(
            summary = "Raise a safety concern; it reaches the referring practice's inbox as urgent")
    @APIResponse(
            responseCode = "201",
            description = "Raised",
            content = @Content(schema = @Schema(implementation = SafetyAlertView.class)))
    @APIResponse(responseCode = "404", description = "No referral sent to you has this id")
    public RestResponse<SafetyAlertView> raise(
            @PathParam("id") String id, @Valid @NotNull SafetyAlertRequest request) {
        SafetyAlertView alert = service.raise(caller.get(), Params.pathId("Referral", id), request);
        return Created.at("/api/v1/referrals/" + id + "/safety-alerts", alert);
    }

    @GET
    @RolesAllowed({Roles.GP, Roles.LINK_WORKER, Roles.PRACTITIONER, Roles.ADMIN})
    @Operation(
            summary =
                    "Read a referral's safety alerts and whether the practice has acknowledged each")
    @APIResponse(responseCode = "200", description = "The alerts, oldest first")
    @APIResponse(responseCode = "404", description = "No referral you may see has this id")
    public List<SafetyAlertView> list(@PathParam("id") String id) {
        return service.list(caller.get(), Params.pathId("Referral", id));
    }
}
