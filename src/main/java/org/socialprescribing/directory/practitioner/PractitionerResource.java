package org.socialprescribing.directory.practitioner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.security.Roles;
import org.socialprescribing.common.web.Params;
import org.socialprescribing.directory.practitioner.PractitionerApi.PractitionerRequest;
import org.socialprescribing.directory.practitioner.PractitionerApi.PractitionerView;

@Path("/api/v1/practitioners")
@Tag(name = "Directory")
public class PractitionerResource {
    private final PractitionerService service;

    public PractitionerResource(PractitionerService service) {
        this.service = service;
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
            @QueryParam("therapy") String therapy,
            @QueryParam("acceptingReferrals") String accepting,
            @QueryParam("regulationStatus") String regulationStatus) {
        return service.search(
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
                .flatMap(service::find)
                .orElseThrow(() -> DomainException.notFound("Practitioner " + id));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a practitioner to the directory")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "422", description = "A therapy code is not in the catalogue")
    public Response create(@Valid @NotNull PractitionerRequest request) {
        PractitionerView created = service.create(request);
        return Response.created(URI.create("/api/v1/practitioners/" + created.id()))
                .entity(created)
                .build();
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
