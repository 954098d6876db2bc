package org.socialprescribing.funding.charge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.socialprescribing.common.security.CurrentCaller;
import org.socialprescribing.common.security.Roles;
import org.socialprescribing.common.web.NoBody;
import org.socialprescribing.common.web.Params;
import org.socialprescribing.funding.charge.ChargeApi.ChargeView;
import org.socialprescribing.funding.charge.ChargeApi.Charges;

@Path("/api/v1/referrals/{id}/charges")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Funding")
public class ChargeResource {
    private final ChargeService charges;
    private final CurrentCaller caller;

    public ChargeResource(ChargeService charges, CurrentCaller caller) {
        this.charges = charges;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.GP, Roles.LINK_WORKER, Roles.PRACTITIONER, Roles.ADMIN})
    @Operation(
            summary =
                    "The charge lines per payer of each funded session, and the patient's contributions")
    @APIResponse(responseCode = "200", description = "The charges")
    @APIResponse(responseCode = "404", description = "No referral you may see has this id")
    public Charges list(@PathParam("id") String id) {
        return charges.list(caller.get(), Params.pathId("Referral", id));
    }

    @POST
    @Path("/{chargeId}/paid")
    @RolesAllowed(Roles.PRACTITIONER)
    @Operation(summary = "Record that the patient paid their contribution for a session")
    @APIResponse(responseCode = "200", description = "Marked paid")
    @APIResponse(
            responseCode = "404",
            description = "No patient charge of a referral sent to you has this id")
    public ChargeView markPaid(
            @PathParam("id") String id,
            @PathParam("chargeId") String chargeId,
            @RequestBody(required = false) NoBody none) {
        return charges.markPaid(
                caller.get(), Params.pathId("Referral", id), Params.pathId("Charge", chargeId));
    }
}
