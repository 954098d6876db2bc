package org.socialprescribing.letter.rest;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.socialprescribing.common.security.CurrentCaller;
import org.socialprescribing.common.security.Roles;
import org.socialprescribing.common.web.Created;
import org.socialprescribing.common.web.NoBody;
import org.socialprescribing.common.web.Params;
import org.socialprescribing.letter.LetterContent;
import org.socialprescribing.letter.LetterDraft;
import org.socialprescribing.letter.LetterService;
import org.socialprescribing.letter.pdf.LetterPdf;

@Path("/api/v1/referrals/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Treatment-summary letter")
public class LetterResource {
    static final String PDF = "application/pdf";

    private final LetterService service;
    private final LetterPdf pdf;
    private final CurrentCaller caller;

    public LetterResource(LetterService service, LetterPdf pdf, CurrentCaller caller) {
        this.service = service;
        this.pdf = pdf;
        this.caller = caller;
    }

    @POST
    @Path("/letter")
    @RolesAllowed(Roles.PRACTITIONER)
    @Operation(
            summary =
                    "Draft the treatment-summary letter, or change the draft; the API fills in the"
                            + " facts it holds")
    @APIResponse(
            responseCode = "201",
            description = "Draft created",
            headers =
                    @Header(
                            name = "Location",
                            description = "The letter's address",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = LetterContent.class)))
    @APIResponse(responseCode = "200", description = "Draft changed")
    @APIResponse(responseCode = "404", description = "No referral sent to you has this id")
    @APIResponse(
            responseCode = "409",
            description = "The letter was sent, or the referral is not accepted or in treatment")
    public RestResponse<LetterContent> draft(
            @PathParam("id") String id, @Valid @NotNull LetterDraft draft) {
        LetterService.Drafted drafted =
                service.draft(caller.get(), Params.pathId("Referral", id), draft);
        return drafted.created()
                ? Created.at("/api/v1/referrals/" + id + "/letter", drafted.letter())
                : RestResponse.ok(drafted.letter());
    }

    @POST
    @Path("/letter/send")
    @RolesAllowed(Roles.PRACTITIONER)
    @Operation(
            summary =
                    "Send the letter to the referring practice: completes the referral, or ends it"
                            + " early when the draft says so")
    @APIResponse(
            responseCode = "200",
            description = "Sent; the referral is completed or ended early")
    @APIResponse(responseCode = "404", description = "No referral sent to you has this id")
    @APIResponse(
            responseCode = "409",
            description = "No draft, already sent, or the referral's status does not allow it")
    public LetterContent send(
            @PathParam("id") String id, @RequestBody(required = false) NoBody none) {
        return service.send(caller.get(), Params.pathId("Referral", id));
    }

    @GET
    @Path("/letter")
    @RolesAllowed({Roles.GP, Roles.LINK_WORKER, Roles.PRACTITIONER, Roles.ADMIN})
    @Operation(
            summary =
                    "Read the treatment-summary letter (the practitioner also sees its draft); as a"
                            + " PDF at /api/v1/referrals/{id}/letter.pdf")
    @APIResponse(responseCode = "200", description = "The letter")
    @APIResponse(responseCode = "404", description = "No letter you may see for this referral")
    public LetterContent read(@PathParam("id") String id) {
        return service.read(caller.get(), Params.pathId("Referral", id));
    }

    @GET
    @Path("/letter.pdf")
    @Produces(PDF)
    @RolesAllowed({Roles.GP, Roles.LINK_WORKER, Roles.PRACTITIONER, Roles.ADMIN})
    @Operation(summary = "The treatment-summary letter as an A4 PDF letter with embedded fonts")
    @APIResponse(
            responseCode = "200",
            description = "The letter",
            content =
                    @Content(
                            mediaType = PDF,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")),
            headers =
                    @Header(
                            name = "Content-Disposition",
                            description = "inline, with the file name",
                            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No letter you may see for this referral")
    public RestResponse<byte[]> readPdf(@PathParam("id") String id) {
        LetterContent letter = service.read(caller.get(), Params.pathId("Referral", id));
        return RestResponse.ResponseBuilder.ok(pdf.render(letter), PDF)
                .header(
                        "Content-Disposition",
                        "inline; filename=\"treatment-summary-" + letter.referralId() + ".pdf\"")
                .build();
    }
}
