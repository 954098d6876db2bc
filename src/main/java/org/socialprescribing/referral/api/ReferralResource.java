package org.socialprescribing.referral.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.error.ProblemType;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.common.security.CurrentCaller;
import org.socialprescribing.common.security.Roles;
import org.socialprescribing.common.web.ETags;
import org.socialprescribing.common.web.OpenApiConventions;
import org.socialprescribing.common.web.Params;
import org.socialprescribing.referral.domain.ReferralStatus;
import org.socialprescribing.referral.service.ReferralService;

@Path("/api/v1/referrals")
@Tag(name = "Referrals")
public class ReferralResource {
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String IF_MATCH_DOC = "The ETag from your last read of the referral";

    private final ReferralService service;
    private final CurrentCaller currentCaller;

    public ReferralResource(ReferralService service, CurrentCaller currentCaller) {
        this.service = service;
        this.currentCaller = currentCaller;
    }

    @POST
    @RolesAllowed({Roles.GP, Roles.LINK_WORKER})
    @Operation(
            summary =
                    "Refer a patient, to a practitioner, a therapy, or for triage by a link worker")
    @APIResponse(
            responseCode = "201",
            description = "Referred",
            headers = {
                @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(
            responseCode = "200",
            description = "A retry with the same Idempotency-Key: the original referral",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "422",
            description =
                    "Unknown practice, therapy or practitioner; practitioner"
                            + " not regulated, not accepting or not offering the therapy; key reused with another body")
    public Response create(
            @Parameter(
                            description = "A unique key per referral (a UUID); a retry repeats it",
                            required = true)
                    @HeaderParam("Idempotency-Key")
                    String idempotencyKey,
            @Valid @NotNull ReferralRequest request) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw new DomainException(
                    ProblemType.IDEMPOTENCY_KEY_REQUIRED,
                    "Send an Idempotency-Key header (a UUID, at most 200 characters) and repeat it on retries");
        }
        ReferralService.Created created = service.create(caller(), idempotencyKey, request);
        ReferralView referral = created.referral();
        Response.ResponseBuilder response =
                created.replayed()
                        ? Response.ok(referral)
                        : Response.created(URI.create("/api/v1/referrals/" + referral.id()))
                                .entity(referral);
        return response.header(HttpHeaders.ETAG, ETags.of(referral.version())).build();
    }

    @GET
    @RolesAllowed({Roles.GP, Roles.LINK_WORKER, Roles.PRACTITIONER, Roles.ADMIN})
    @Operation(
            summary = "List the referrals you may see, newest first, filtered and a page at a time")
    @APIResponse(
            responseCode = "200",
            description = "A page of referrals, with the cursor of the next")
    public ReferralSummary.Page list(
            @Parameter(description = "Statuses, comma-separated") @QueryParam("status")
                    String status,
            @QueryParam("therapy") String therapy,
            @QueryParam("practitionerId") String practitionerId,
            @QueryParam("practice") String practice,
            @Parameter(description = "Referred on or after this date (UK)") @QueryParam("from")
                    String from,
            @Parameter(description = "Referred on or before this date (UK)") @QueryParam("to")
                    String to,
            @QueryParam("cursor") String cursor,
            @Parameter(description = "1 to 100, default 20") @QueryParam("limit") String limit) {
        LocalDate fromDate = Params.date("from", from);
        LocalDate toDate = Params.date("to", to);
        ReferralService.Filter filter =
                new ReferralService.Filter(
                        statuses(status),
                        therapy,
                        Params.uuidParam("practitionerId", practitionerId),
                        practice,
                        null,
                        fromDate == null ? null : fromDate.atStartOfDay(UK).toInstant(),
                        toDate == null ? null : toDate.plusDays(1).atStartOfDay(UK).toInstant());
        return service.list(caller(), filter, cursor, Params.limit(limit, 20, 100));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.GP, Roles.LINK_WORKER, Roles.PRACTITIONER, Roles.ADMIN})
    @Operation(summary = "Read a referral, with the actions open to you now")
    @APIResponse(
            responseCode = "200",
            description = "The referral",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No referral you may see has this id")
    public Response get(@PathParam("id") String id) {
        ReferralView referral =
                Params.uuid(id)
                        .flatMap(uuid -> service.find(caller(), uuid))
                        .orElseThrow(() -> DomainException.notFound("Referral " + id));
        return Response.ok(referral).header(HttpHeaders.ETAG, ETags.of(referral.version())).build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.GP, Roles.LINK_WORKER, Roles.PRACTITIONER, Roles.ADMIN})
    @Operation(summary = "Read a referral's history: who did what, when, and why")
    @APIResponse(responseCode = "200", description = "Every event, oldest first")
    @APIResponse(responseCode = "404", description = "No referral you may see has this id")
    public List<ReferralEventView> history(@PathParam("id") String id) {
        return Params.uuid(id)
                .flatMap(uuid -> service.history(caller(), uuid))
                .orElseThrow(() -> DomainException.notFound("Referral " + id));
    }

    @POST
    @Path("/{id}/assign")
    @RolesAllowed({Roles.GP, Roles.LINK_WORKER})
    @Operation(
            summary =
                    "Send a referral awaiting triage, or one declined, to a practitioner (referrer side)")
    @Extension(name = OpenApiConventions.REFERRAL_ACTION, value = "true")
    @APIResponse(
            responseCode = "422",
            description =
                    "Practitioner unknown, not accepting, not offering the"
                            + " therapy, or not regulated without delegation accepted")
    public Response assign(
            @PathParam("id") String id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true)
                    String ifMatch,
            @Valid @NotNull ActionRequests.Assign request) {
        return respond(service.assign(caller(), Params.pathId("Referral", id), ifMatch, request));
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed(Roles.PRACTITIONER)
    @Operation(summary = "Accept a referral sent to you (practitioner)")
    @Extension(name = OpenApiConventions.REFERRAL_ACTION, value = "true")
    public Response accept(
            @PathParam("id") String id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true)
                    String ifMatch,
            @Valid ActionRequests.Note note) {
        return respond(service.accept(caller(), Params.pathId("Referral", id), ifMatch, note));
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed(Roles.PRACTITIONER)
    @Operation(summary = "Decline a referral sent to you, with a coded reason (practitioner)")
    @Extension(name = OpenApiConventions.REFERRAL_ACTION, value = "true")
    public Response decline(
            @PathParam("id") String id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true)
                    String ifMatch,
            @Valid @NotNull ActionRequests.Decline request) {
        return respond(service.decline(caller(), Params.pathId("Referral", id), ifMatch, request));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Roles.GP, Roles.LINK_WORKER})
    @Operation(summary = "Cancel a referral that is not finished, with a reason (referrer side)")
    @Extension(name = OpenApiConventions.REFERRAL_ACTION, value = "true")
    public Response cancel(
            @PathParam("id") String id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true)
                    String ifMatch,
            @Valid @NotNull ActionRequests.Cancel request) {
        return respond(service.cancel(caller(), Params.pathId("Referral", id), ifMatch, request));
    }

    private Caller caller() {
        return currentCaller.get();
    }

    private static Response respond(ReferralView referral) {
        return Response.ok(referral).header(HttpHeaders.ETAG, ETags.of(referral.version())).build();
    }

    private static List<ReferralStatus> statuses(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(","))
                .map(s -> Params.enumValue("status", s.trim(), ReferralStatus.class))
                .toList();
    }
}
