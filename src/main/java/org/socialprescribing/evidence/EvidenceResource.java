package org.socialprescribing.evidence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.socialprescribing.common.security.CurrentCaller;
import org.socialprescribing.common.security.Roles;
import org.socialprescribing.common.web.Params;
import org.socialprescribing.evidence.EvidenceApi.AppointmentsRequest;
import org.socialprescribing.evidence.EvidenceApi.EvidenceView;
import org.socialprescribing.evidence.EvidenceApi.ExperienceRequest;
import org.socialprescribing.evidence.EvidenceApi.WorkStatusRequest;

@Path("/api/v1/referrals/{id}/evidence")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evidence")
public class EvidenceResource {
    private final EvidenceService service;
    private final CurrentCaller caller;

    public EvidenceResource(EvidenceService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.GP, Roles.LINK_WORKER, Roles.PRACTITIONER, Roles.ADMIN})
    @Operation(
            summary =
                    "The course's evidence: experience answer, work status, GP-appointment counts;"
                            + " experience and work status withheld from the referrer without the"
                            + " patient's consent, the comment shown to the practitioner and admins"
                            + " only")
    @APIResponse(responseCode = "200", description = "The evidence you may see")
    @APIResponse(responseCode = "404", description = "No referral you may see has this id")
    public EvidenceView read(@PathParam("id") String id) {
        return service.read(caller.get(), Params.pathId("Referral", id));
    }

    @PUT
    @Path("/experience")
    @RolesAllowed(Roles.PRACTITIONER)
    @Operation(
            summary =
                    "Record the patient's Friends and Family Test answer and optional comment at"
                            + " the end of the course (replaces an earlier answer)")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "403", description = "You are not the treating practitioner")
    @APIResponse(responseCode = "404", description = "No referral you may see has this id")
    @APIResponse(
            responseCode = "409",
            description =
                    "evidence-not-due: no session attended yet, or the referral did not go on")
    public EvidenceView experience(
            @PathParam("id") String id, @Valid @NotNull ExperienceRequest request) {
        return service.recordExperience(caller.get(), Params.pathId("Referral", id), request);
    }

    @PUT
    @Path("/work-status")
    @RolesAllowed(Roles.PRACTITIONER)
    @Operation(
            summary =
                    "Record the patient's work status at baseline (once accepted) and at the end"
                            + " (once treated)")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "403", description = "You are not the treating practitioner")
    @APIResponse(responseCode = "404", description = "No referral you may see has this id")
    @APIResponse(
            responseCode = "409",
            description = "evidence-not-due: not accepted yet, or an end status before treatment")
    public EvidenceView workStatus(
            @PathParam("id") String id, @Valid @NotNull WorkStatusRequest request) {
        return service.recordWorkStatus(caller.get(), Params.pathId("Referral", id), request);
    }

    @PUT
    @Path("/gp-appointments")
    @RolesAllowed(Roles.GP)
    @Operation(
            summary =
                    "The referring practice's system sends the patient's GP-practice appointments"
                            + " in the six months before the referral, and in the six months after"
                            + " the course ended once they have passed")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "403", description = "Not the referring practice's GP system")
    @APIResponse(responseCode = "404", description = "No referral you may see has this id")
    @APIResponse(
            responseCode = "409",
            description =
                    "evidence-not-due: the course has not ended, or its six months have not passed"
                            + " (the detail names the first day the count is accepted)")
    public EvidenceView appointments(
            @PathParam("id") String id, @Valid @NotNull AppointmentsRequest request) {
        return service.recordAppointments(caller.get(), Params.pathId("Referral", id), request);
    }
}
