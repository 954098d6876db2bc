package org.socialprescribing.funding.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.socialprescribing.common.security.CurrentCaller;
import org.socialprescribing.common.security.Roles;
import org.socialprescribing.common.web.Params;
import org.socialprescribing.funding.plan.FundingApi.ApproveRequest;
import org.socialprescribing.funding.plan.FundingApi.DeclineRequest;
import org.socialprescribing.funding.plan.FundingApi.PanelView;
import org.socialprescribing.funding.plan.FundingApi.PlanView;

/** The funding panel's view: prior-approval requests, anonymised, and the decision on each. */
@Path("/api/v1/funding-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Funding")
public class FundingRequestResource {
    private final FundingDecisions funding;
    private final CurrentCaller caller;

    public FundingRequestResource(FundingDecisions funding, CurrentCaller caller) {
        this.funding = funding;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(
            summary =
                    "Your funder's funding requests (pending by default): the case and the cost, without"
                            + " the patient's name, NHS number, address or contact")
    @APIResponse(responseCode = "200", description = "The requests, oldest first")
    public List<PanelView> list(
            @Parameter(
                            description =
                                    "The requests in this status; PENDING_APPROVAL by default",
                            schema = @Schema(implementation = PlanStatus.class))
                    @QueryParam("status")
                    String status) {
        PlanStatus wanted = Params.enumValue("status", status, PlanStatus.class);
        return funding.requests(
                caller.get(), wanted == null ? PlanStatus.PENDING_APPROVAL : wanted);
    }

    @POST
    @Path("/{planId}/approve")
    @RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(summary = "Approve a request: its funders' share is committed against the budget")
    @APIResponse(responseCode = "200", description = "Approved")
    @APIResponse(responseCode = "404", description = "No request of your funder has this id")
    @APIResponse(
            responseCode = "409",
            description = "Not awaiting approval, or the budget is exhausted")
    public PlanView approve(
            @PathParam("planId") String planId,
            @RequestBody(required = false) @Valid ApproveRequest request) {
        return funding.approve(
                caller.get(),
                Params.pathId("Funding request", planId),
                request == null ? null : request.comment());
    }

    @POST
    @Path("/{planId}/decline")
    @RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(summary = "Decline a request, with the reason")
    @APIResponse(responseCode = "200", description = "Declined")
    @APIResponse(responseCode = "404", description = "No request of your funder has this id")
    @APIResponse(responseCode = "409", description = "Not awaiting approval")
    public PlanView decline(
            @PathParam("planId") String planId, @Valid @NotNull DeclineRequest request) {
        return funding.decline(
                caller.get(), Params.pathId("Funding request", planId), request.reason());
    }
}
