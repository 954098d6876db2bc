package org.socialprescribing.funding.plan;

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
import org.socialprescribing.funding.plan.FundingApi.FundingRequest;
import org.socialprescribing.funding.plan.FundingApi.PlanView;

@Path("/api/v1/referrals/{id}/funding")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Funding")
public class FundingResource {
    private final FundingService funding;
    private final CurrentCaller caller;

    public FundingResource(FundingService funding, CurrentCaller caller) {
        this.funding = funding;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.GP, Roles.LINK_WORKER, Roles.PRACTITIONER})
    @Operation(
            summary =
                    "Fund the referral under a scheme: eligibility is checked, each session's fee is"
                            + " split between the payers, and the funders' share is committed (or awaits"
                            + " prior approval)")
    @APIResponse(
            responseCode = "201",
            description = "The plan: approved, or awaiting approval",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "404", description = "No referral you may see has this id")
    @APIResponse(
            responseCode = "409",
            description =
                    "Funding already arranged, the referral has finished, or the budget is exhausted")
    @APIResponse(
            responseCode = "422",
            description = "Not eligible (the problem names the rule), or unknown scheme")
    public RestResponse<PlanView> fund(
            @PathParam("id") String id, @Valid @NotNull FundingRequest request) {
        PlanView plan = funding.fund(caller.get(), Params.pathId("Referral", id), request);
        return Created.at("/api/v1/referrals/" + id + "/funding", plan);
    }

    @GET
    @RolesAllowed({Roles.GP, Roles.LINK_WORKER, Roles.PRACTITIONER, Roles.ADMIN})
    @Operation(
            summary =
                    "The referral's funding plan: who pays what per session, and where the money stands")
    @APIResponse(responseCode = "200", description = "The latest plan")
    @APIResponse(
            responseCode = "404",
            description = "No referral you may see has this id, or it has no funding")
    public PlanView current(@PathParam("id") String id) {
        return funding.current(caller.get(), Params.pathId("Referral", id));
    }
}
