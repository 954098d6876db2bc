package org.socialprescribing.fhir.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.security.Roles;
import org.socialprescribing.common.web.Params;
import org.socialprescribing.fhir.error.FhirException;
import org.socialprescribing.fhir.format.FhirMedia;
import org.socialprescribing.fhir.gateway.ReferralGateway;
import org.socialprescribing.fhir.mapping.FhirIds;
import org.socialprescribing.fhir.mapping.OutboundReferral;
import org.socialprescribing.referral.api.ReferralView;

@Path("/fhir/ServiceRequest")
@Tag(name = "FHIR (BaRS-shaped)")
@Produces({FhirMedia.FHIR_JSON, MediaType.APPLICATION_JSON})
public class ServiceRequestResource {
    private final ReferralGateway referrals;

    public ServiceRequestResource(ReferralGateway referrals) {
        this.referrals = referrals;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.GP, Roles.LINK_WORKER, Roles.PRACTITIONER, Roles.ADMIN})
    @Operation(summary = "Read a referral as a FHIR ServiceRequest (BaRS referral profile)")
    @APIResponse(
            responseCode = "200",
            description = "The ServiceRequest; meta.versionId is the referral's version",
            content =
                    @Content(
                            mediaType = FhirMedia.FHIR_JSON,
                            schema = @Schema(implementation = FhirSchemas.Resource.class)))
    @APIResponse(
            responseCode = "404",
            description = "No referral you may see has this id (REC_NOT_FOUND)",
            content =
                    @Content(
                            mediaType = FhirMedia.FHIR_JSON,
                            schema = @Schema(implementation = FhirSchemas.OperationOutcome.class)))
    public ServiceRequest read(@PathParam("id") String id) {
        return Params.uuid(id)
                .flatMap(referrals::find)
                .map(this::serviceRequest)
                .orElseThrow(() -> DomainException.notFound("ServiceRequest " + id));
    }

    @GET
    @RolesAllowed({Roles.GP, Roles.LINK_WORKER, Roles.PRACTITIONER, Roles.ADMIN})
    @Operation(
            summary =
                    "Search the referrals you may see, by this service's identifier or by the"
                            + " patient's NHS number")
    @APIResponse(
            responseCode = "200",
            description = "A searchset Bundle, newest first, with a next link when there is more",
            content =
                    @Content(
                            mediaType = FhirMedia.FHIR_JSON,
                            schema = @Schema(implementation = FhirSchemas.Resource.class)))
    public Bundle search(
            @Parameter(description = "urn:ietf:rfc:3986|urn:uuid:{id}") @QueryParam("identifier")
                    String identifier,
            @Parameter(description = FhirIds.NHS_NUMBER + "|{NHS number}")
                    @QueryParam("patient:identifier")
                    String patientIdentifier,
            @Parameter(description = "1 to 100, default 20") @QueryParam("_count") String count,
            @Parameter(description = "The next page, from a next link") @QueryParam("cursor")
                    String cursor,
            @Context UriInfo uri) {
        String base = FhirBase.of(uri);
        int limit = Params.limit("_count", count, 20, 100);
        String self = uri.getRequestUri().toString();
        if (identifier != null) {
            List<ServiceRequest> found =
                    Tokens.serviceId(identifier)
                            .flatMap(referrals::find)
                            .filter(
                                    r ->
                                            patientIdentifier == null
                                                    || isPatient(r, patientIdentifier))
                            .map(this::serviceRequest)
                            .stream()
                            .toList();
            return SearchResults.of(found, base, self, null);
        }
        if (patientIdentifier != null) {
            return byPatient(patientIdentifier, cursor, limit, base, self);
        }
        throw FhirException.required(
                "identifier", "Search by identifier or by patient:identifier (an NHS number)");
    }

    private Bundle byPatient(
            String patientIdentifier, String cursor, int limit, String base, String self) {
        String nhsNumber = Tokens.value(patientIdentifier, FhirIds.NHS_NUMBER).orElse(null);
        if (nhsNumber == null) {
            return SearchResults.of(List.of(), base, self, null);
        }
        ReferralGateway.Page page = referrals.forPatient(nhsNumber, cursor, limit);
        String next =
                page.nextCursor() == null
                        ? null
                        : base
                                + "/ServiceRequest?patient:identifier="
                                + encode(patientIdentifier)
                                + "&_count="
                                + limit
                                + "&cursor="
                                + encode(page.nextCursor());
        return SearchResults.of(
                page.referrals().stream().map(this::serviceRequest).toList(), base, self, next);
    }

    private static boolean isPatient(ReferralView referral, String patientIdentifier) {
        return Tokens.value(patientIdentifier, FhirIds.NHS_NUMBER)
                .filter(referral.patient().nhsNumber()::equals)
                .isPresent();
    }

    private ServiceRequest serviceRequest(ReferralView referral) {
        return OutboundReferral.serviceRequest(
                referral,
                referrals.therapy(referral.therapyCode()),
                referrals.practitioner(referral.practitionerId()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
