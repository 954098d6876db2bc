package org.socialprescribing.fhir.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.Bundle;
import org.socialprescribing.common.security.Roles;
import org.socialprescribing.fhir.error.FhirException;
import org.socialprescribing.fhir.format.FhirMedia;
import org.socialprescribing.fhir.message.ProcessMessageService;

@Path("/fhir/$process-message")
@Tag(name = "FHIR (BaRS-shaped)")
public class ProcessMessageResource {
    private final ProcessMessageService messages;

    public ProcessMessageResource(ProcessMessageService messages) {
        this.messages = messages;
    }

    @POST
    @RolesAllowed({Roles.GP, Roles.LINK_WORKER})
    @Consumes(FhirMedia.FHIR_JSON)
    @Produces({FhirMedia.FHIR_JSON, MediaType.APPLICATION_JSON})
    @Operation(
            summary = "Receive a BaRS-shaped referral message: a new referral, or a cancellation",
            description =
                    "A message Bundle whose MessageHeader has event servicerequest-request and"
                            + " reason 'new' (refer) or 'update' with the ServiceRequest 'revoked'"
                            + " (cancel), addressed to this service. The referral is created and"
                            + " checked exactly as POST /api/v1/referrals: X-Request-Id is the"
                            + " idempotency key and X-Correlation-Id the referral's conversation"
                            + " id. BaRS-shaped, not BaRS-certified.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = FhirMedia.FHIR_JSON,
                            schema = @Schema(implementation = FhirSchemas.Resource.class)))
    @APIResponse(
            responseCode = "200",
            description =
                    "A servicerequest-response message with the referral (ServiceRequest) and its"
                            + " workflow (Task); a retry with the same X-Request-Id gets the same"
                            + " referral",
            content =
                    @Content(
                            mediaType = FhirMedia.FHIR_JSON,
                            schema = @Schema(implementation = FhirSchemas.Resource.class)))
    @APIResponse(
            responseCode = "400",
            description =
                    "Not a BaRS referral message, an invalid field (e.g. the NHS number), or a"
                            + " missing X-Request-Id or X-Correlation-Id (REC_BAD_REQUEST)",
            content =
                    @Content(
                            mediaType = FhirMedia.FHIR_JSON,
                            schema = @Schema(implementation = FhirSchemas.OperationOutcome.class)))
    @APIResponse(
            responseCode = "404",
            description = "A cancellation of a referral you may not see (REC_NOT_FOUND)")
    @APIResponse(
            responseCode = "409",
            description =
                    "X-Request-Id already used with another message (duplicate), or the"
                            + " referral's status or version does not allow the cancellation"
                            + " (REC_CONFLICT)")
    @APIResponse(
            responseCode = "422",
            description =
                    "Another event or reason, a message addressed to another service, an unknown"
                            + " practice, therapy or practitioner, or one the regulation gate"
                            + " refuses (REC_UNPROCESSABLE_ENTITY)")
    public Bundle processMessage(
            @Parameter(description = "A UUID per request; a retry repeats it", required = true)
                    @HeaderParam("X-Request-Id")
                    String requestId,
            @Parameter(
                            description = "A UUID for the conversation: the referral's id in it",
                            required = true)
                    @HeaderParam("X-Correlation-Id")
                    String correlationId,
            @Context UriInfo uri,
            Bundle message) {
        ProcessMessageService.Ids ids =
                new ProcessMessageService.Ids(
                        uuidHeader("X-Request-Id", requestId),
                        uuidHeader("X-Correlation-Id", correlationId));
        if (message == null) {
            throw FhirException.required("Bundle", "Send the message Bundle as the body");
        }
        return messages.process(message, ids, FhirBase.of(uri));
    }

    private static UUID uuidHeader(String name, String value) {
        if (value == null || value.isBlank()) {
            throw FhirException.required(name, "The " + name + " header is required (a UUID)");
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw FhirException.invalid(
                    java.util.List.of(
                            new FhirException.Issue(
                                    "value", "The " + name + " header must be a UUID", name)));
        }
    }
}
