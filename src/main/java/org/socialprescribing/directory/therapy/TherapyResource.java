package org.socialprescribing.directory.therapy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.security.Roles;
import org.socialprescribing.common.web.Created;
import org.socialprescribing.directory.therapy.TherapyApi.TherapyRequest;
import org.socialprescribing.directory.therapy.TherapyApi.TherapyView;

@Path("/api/v1/therapies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory")
public class TherapyResource {
    private final TherapyService service;

    public TherapyResource(TherapyService service) {
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
    @Operation(
            summary =
                    "List the therapy catalogue, with evidence, NICE guidance and assuring registers")
    @APIResponse(responseCode = "200", description = "The catalogue")
    public List<TherapyView> list() {
        return service.list();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({
        Roles.GP,
        Roles.LINK_WORKER,
        Roles.PRACTITIONER,
        Roles.COMMISSIONER,
        Roles.ADMIN
    })
    @Operation(summary = "Read one therapy")
    @APIResponse(responseCode = "200", description = "The therapy")
    @APIResponse(responseCode = "404", description = "No such therapy")
    public TherapyView get(@PathParam("code") String code) {
        return service.find(code).orElseThrow(() -> DomainException.notFound("Therapy " + code));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a therapy to the catalogue")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = TherapyView.class)))
    @APIResponse(responseCode = "409", description = "A therapy with this code exists")
    public RestResponse<TherapyView> create(@Valid @NotNull TherapyRequest request) {
        TherapyView created = service.create(request);
        return Created.at("/api/v1/therapies/" + created.code(), created);
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a therapy in the catalogue")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "404", description = "No such therapy")
    public TherapyView update(
            @PathParam("code") String code, @Valid @NotNull TherapyRequest request) {
        return service.update(code, request)
                .orElseThrow(() -> DomainException.notFound("Therapy " + code));
    }
}
