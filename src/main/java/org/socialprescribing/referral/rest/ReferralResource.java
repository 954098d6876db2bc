package org.socialprescribing.referral.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.error.ProblemType;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.common.security.CurrentCaller;
import org.socialprescribing.common.security.Roles;
import org.socialprescribing.common.time.UkTime;
import org.socialprescribing.common.web.ETags;
import org.socialprescribing.common.web.OpenApiConventions;
import org.socialprescribing.common.web.Params;
import org.socialprescribing.referral.api.ActionRequests;
import org.socialprescribing.referral.api.ReferralEventView;
import org.socialprescribing.referral.api.ReferralRequest;
import org.socialprescribing.referral.api.ReferralSummary;
import org.socialprescribing.referral.api.ReferralView;
import org.socialprescribing.referral.domain.ReferralFilter;
import org.socialprescribing.referral.domain.ReferralStatus;
import org.socialprescribing.referral.service.ReferralCreation;
import org.socialprescribing.referral.service.ReferralReading;
import org.socialprescribing.referral.service.ReferralTransitions;

@Path("/api/v1/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals")
public class ReferralResource {
    private static final String IF_MATCH_DOC = "The ETag from your last read of the referral";

    private final ReferralCreation creation;
    private final ReferralReading reading;
    private final ReferralTransitions transitions;
    private final CurrentCaller currentCaller;

    public ReferralResource(
            ReferralCreation creation,
            ReferralReading reading,
            ReferralTransitions transitions,
            CurrentCaller currentCaller) {
        this.creation = creation;
        this.reading = reading;
        this.transitions = transitions;
        this.currentCaller = currentCaller;
    }

    @POST
    @RolesAllowed({Roles.GP, Roles.LINK_WORKER, Roles.PRACTITIONER})
    @Operation(
            summary =
                    "Refer a patient, to a practitioner, a therapy, or for triage by a link worker;"
                            + " a link worker or practitioner also records a self-referral or one"
                            + " from another professional or organisation (source), with the"
                            + " patient's registered practice")
    @APIResponse(
            responseCode = "201",
            description = "Referred",
            headers = {
                @Header(
                        name = "Location",
                        description = "The referral's address",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = "ETag",
                        description = "The referral's version, for If-Match",
                        schema = @Schema(type = SchemaType.STRING))
            },
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(
            responseCode = "200",
            description = "A retry with the same Idempotency-Key: the original referral",
            headers =
                    @Header(
                            name = "ETag",
                            description = "The referral's version, for If-Match",
                            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "422",
            description =
                    "Unknown practice, therapy or practitioner; practitioner"
                            + " not regulated, not accepting or not offering the therapy; key reused with another body")
    public RestResponse<ReferralView> create(
            @Parameter(
                            description = "A unique key per referral (a UUID); a retry repeats it",
                            required = true,
                            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
                    @HeaderParam("Idempotency-Key")
                    String idempotencyKey,
            @Valid @NotNull ReferralRequest request) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw new DomainException(
                    ProblemType.IDEMPOTENCY_KEY_REQUIRED,
                    "Send an Idempotency-Key header (a UUID, at most 200 characters) and repeat it on retries");
        }
        ReferralCreation.Created created = creation.create(caller(), idempotencyKey, request);
        ReferralView referral = created.referral();
        RestResponse.ResponseBuilder<ReferralView> response =
                created.replayed()
                        ? RestResponse.ResponseBuilder.ok(referral)
                        : RestResponse.ResponseBuilder.<ReferralView>created(
                                        URI.create("/api/v1/referrals/" + referral.id()))
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
            @Parameter(
                            description = "Only referrals in these statuses, comma-separated",
                            style = ParameterStyle.FORM,
                            explode = Explode.FALSE,
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = ReferralStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(description = "Only referrals for this therapy code") @QueryParam("therapy")
                    String therapy,
            @Parameter(
                            description = "Only referrals sent to this practitioner",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("practitionerId")
                    String practitionerId,
            @Parameter(description = "Only referrals from this practice (ODS code)")
                    @QueryParam("practice")
                    String practice,
            @Parameter(
                            description = "Referred on or after this date (UK)",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "Referred on or before this date (UK)",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("to")
                    String to,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor")
                    String cursor,
            @Parameter(
                            description = "Referrals per page, default 20",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "100"))
                    @QueryParam("limit")
                    String limit) {
        ReferralFilter filter = filter(status, therapy, practitionerId, practice, from, to);
        return reading.list(caller(), filter, cursor, Params.limit("limit", limit, 20, 100));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.GP, Roles.LINK_WORKER, Roles.PRACTITIONER, Roles.ADMIN})
    @Operation(summary = "Read a referral, with the actions open to you now")
    @APIResponse(
            responseCode = "200",
            description = "The referral",
            headers =
                    @Header(
                            name = "ETag",
                            description = "The referral's version, for If-Match",
                            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No referral you may see has this id")
    public RestResponse<ReferralView> get(@PathParam("id") String id) {
        ReferralView referral =
                Params.uuid(id)
                        .flatMap(uuid -> reading.find(caller(), uuid))
                        .orElseThrow(() -> DomainException.notFound("Referral " + id));
        return RestResponse.ResponseBuilder.ok(referral)
                .header(HttpHeaders.ETAG, ETags.of(referral.version()))
                .build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.GP, Roles.LINK_WORKER, Roles.PRACTITIONER, Roles.ADMIN})
    @Operation(summary = "Read a referral's history: who did what, when, and why")
    @APIResponse(responseCode = "200", description = "Every event, oldest first")
    @APIResponse(responseCode = "404", description = "No referral you may see has this id")
    public List<ReferralEventView> history(@PathParam("id") String id) {
        return Params.uuid(id)
                .flatMap(uuid -> reading.history(caller(), uuid))
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
    public RestResponse<ReferralView> assign(
            @PathParam("id") String id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true)
                    String ifMatch,
            @Valid @NotNull ActionRequests.Assign request) {
        return respond(
                transitions.assign(caller(), Params.pathId("Referral", id), ifMatch, request));
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed(Roles.PRACTITIONER)
    @Operation(summary = "Accept a referral sent to you (practitioner)")
    @Extension(name = OpenApiConventions.REFERRAL_ACTION, value = "true")
    public RestResponse<ReferralView> accept(
            @PathParam("id") String id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true)
                    String ifMatch,
            @RequestBody(required = false) @Valid ActionRequests.Note note) {
        return respond(transitions.accept(caller(), Params.pathId("Referral", id), ifMatch, note));
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed(Roles.PRACTITIONER)
    @Operation(summary = "Decline a referral sent to you, with a coded reason (practitioner)")
    @Extension(name = OpenApiConventions.REFERRAL_ACTION, value = "true")
    public RestResponse<ReferralView> decline(
            @PathParam("id") String id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true)
                    String ifMatch,
            @Valid @NotNull ActionRequests.Decline request) {
        return respond(
                transitions.decline(caller(), Params.pathId("Referral", id), ifMatch, request));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Roles.GP, Roles.LINK_WORKER})
    @Operation(summary = "Cancel a referral that is not finished, with a reason (referrer side)")
    @Extension(name = OpenApiConventions.REFERRAL_ACTION, value = "true")
    public RestResponse<ReferralView> cancel(
            @PathParam("id") String id,
            @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true)
                    String ifMatch,
            @Valid @NotNull ActionRequests.Cancel request) {
        return respond(
                transitions.cancel(caller(), Params.pathId("Referral", id), ifMatch, request));
    }

    private Caller caller() {
        return currentCaller.get();
    }

    private static RestResponse<ReferralView> respond(ReferralView referral) {
        return RestResponse.ResponseBuilder.ok(referral)
                .header(HttpHeaders.ETAG, ETags.of(referral.version()))
                .build();
    }

    private static ReferralFilter filter(
            String status,
            String therapy,
            String practitionerId,
            String practice,
            String from,
            String to) {
        LocalDate fromDate = Params.date("from", from);
        LocalDate toDate = Params.date("to", to);
        return new ReferralFilter(
                statuses(status),
                therapy,
                Params.uuidParam("practitionerId", practitionerId),
                practice,
                null,
                fromDate == null ? null : UkTime.startOf(fromDate),
                toDate == null ? null : UkTime.startOf(toDate.plusDays(1)));
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
