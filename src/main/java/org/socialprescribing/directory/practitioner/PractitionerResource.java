package org.socialprescribing.directory.practitioner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.security.CurrentCaller;
import org.socialprescribing.common.security.Roles;
import org.socialprescribing.common.web.Created;
import org.socialprescribing.common.web.Params;
import org.socialprescribing.directory.practitioner.PractitionerApi.PractitionerRequest;
import org.socialprescribing.directory.practitioner.PractitionerApi.PractitionerView;

@Path("/api/v1/practitioners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory")
public class PractitionerResource {
    private final PractitionerService service;
    private final CurrentCaller caller;

    public PractitionerResource(PractitionerService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({
        Roles.GP,
        Roles.LINK_WORKER,
        Roles.PRACTITIONER,
        Roles.COMMISSIONER,
        Roles.ADMIN
    })
    @Operation(summary = "Search practitioners by therapy, accepting status and regulation status")
    @APIResponse(
            responseCode = "200",
            description = "Matching practitioners, statutorily regulated first")
    public List<PractitionerView> search(
            @Parameter(description = "Only practitioners offering this therapy code")
                    @QueryParam("therapy")
                    String therapy,
            @Parameter(
                            description =
                                    "true for only those accepting referrals, false for the rest",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    @QueryParam("acceptingReferrals")
                    String accepting,
            @Parameter(
                            description = "Only practitioners with this regulation status",
                            schema = @Schema(implementation = RegulationStatus.class))
                    @QueryParam("regulationStatus")
                    String regulationStatus) {
        return service.search(
                caller.get(),
                therapy,
                Params.bool("acceptingReferrals", accepting),
                Params.enumValue("regulationStatus", regulationStatus, RegulationStatus.class));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({
        Roles.GP,
        Roles.LINK_WORKER,
        Roles.PRACTITIONER,
        Roles.COMMISSIONER,
        Roles.ADMIN
    })
    @Operation(summary = "Read one practitioner, with registrations and regulation status")
    @APIResponse(responseCode = "200", description = "The practitioner")
    @APIResponse(responseCode = "404", description = "No such practitioner")
    public PractitionerView get(@PathParam("id") String id) {
        return Params.uuid(id)
                .flatMap(practitionerId -> service.find(caller.get(), practitionerId))
                .orElseThrow(() -> DomainException.notFound("Practitioner " + id));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a practitioner to the directory")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = PractitionerView.class)))
    @APIResponse(responseCode = "422", description = "A therapy code is not in the catalogue")
    public RestResponse<PractitionerView> create(@Valid @NotNull PractitionerRequest request) {
        PractitionerView created = service.create(request);
        return Created.at("/api/v1/practitioners/" + created.id(), created);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Change a practitioner: details, therapies, registrations, accepting status")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "404", description = "No such practitioner")
    @APIResponse(responseCode = "422", description = "A therapy code is not in the catalogue")
    public PractitionerView update(
            @PathParam("id") String id, @Valid @NotNull PractitionerRequest request) {
        UUID practitionerId = Params.pathId("Practitioner", id);
        return service.update(practitionerId, request)
                .orElseThrow(() -> DomainException.notFound("Practitioner " + id));
    }
}
