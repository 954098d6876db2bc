package org.socialprescribing.treatment.session;

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
import org.socialprescribing.treatment.session.SessionApi.AttendanceRequest;
import org.socialprescribing.treatment.session.SessionApi.SessionRequest;
import org.socialprescribing.treatment.session.SessionApi.SessionView;

@Path("/api/v1/referrals/{id}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Treatment")
public class SessionResource {
    private final SessionService service;
    private final CurrentCaller caller;

    public SessionResource(SessionService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.PRACTITIONER)
    @Operation(summary = "Book a session on a referral you have accepted")
    @APIResponse(
            responseCode = "201",
            description = "Booked",
            content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "404", description = "No referral sent to you has this id")
    @APIResponse(responseCode = "409", description = "The referral is not accepted or in treatment")
    public RestResponse<SessionView> book(
            @PathParam("id") String id, @Valid @NotNull SessionRequest request) {
        SessionView session = service.book(caller.get(), Params.pathId("Referral", id), request);
        return Created.at("/api/v1/referrals/" + id + "/sessions/" + session.id(), session);
    }

    @GET
    @RolesAllowed({Roles.GP, Roles.LINK_WORKER, Roles.PRACTITIONER, Roles.ADMIN})
    @Operation(summary = "List a referral's sessions and their attendance, in date order")
    @APIResponse(responseCode = "200", description = "The sessions")
    @APIResponse(responseCode = "404", description = "No referral you may see has this id")
    public List<SessionView> list(@PathParam("id") String id) {
        return service.list(caller.get(), Params.pathId("Referral", id));
    }

    @POST
    @Path("/{sessionId}/attendance")
    @RolesAllowed(Roles.PRACTITIONER)
    @Operation(
            summary =
                    "Record attendance: the first attended session starts treatment; two"
                            + " did-not-attends in a row reach the GP")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "404", description = "No such session on a referral sent to you")
    @APIResponse(responseCode = "409", description = "The referral is not accepted or in treatment")
    @APIResponse(responseCode = "422", description = "The session has not begun yet")
    public SessionView recordAttendance(
            @PathParam("id") String id,
            @PathParam("sessionId") String sessionId,
            @Valid @NotNull AttendanceRequest request) {
        return service.recordAttendance(
                caller.get(),
                Params.pathId("Referral", id),
                Params.pathId("Session", sessionId),
                request);
    }
}
