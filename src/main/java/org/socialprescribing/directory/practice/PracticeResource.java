package org.socialprescribing.directory.practice;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.security.Roles;
import org.socialprescribing.common.web.Created;
import org.socialprescribing.directory.practice.PracticeApi.PracticeRequest;
import org.socialprescribing.directory.practice.PracticeApi.PracticeView;

@Path("/api/v1/practices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory")
public class PracticeResource {
    private final PracticeService service;

    public PracticeResource(PracticeService service) {
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
    @Operation(summary = "List GP practices, optionally those of one network or ICB")
    @APIResponse(responseCode = "200", description = "The practices")
    public List<PracticeView> list(
            @Parameter(description = "Only the practices of this primary care network")
                    @QueryParam("pcnCode")
                    String pcnCode,
            @Parameter(description = "Only the practices of this ICB") @QueryParam("icbCode")
                    String icbCode) {
        return service.list(pcnCode, icbCode);
    }

    @GET
    @Path("/{odsCode}")
    @RolesAllowed({
        Roles.GP,
        Roles.LINK_WORKER,
        Roles.PRACTITIONER,
        Roles.COMMISSIONER,
        Roles.ADMIN
    })
    @Operation(summary = "Read one GP practice")
    @APIResponse(responseCode = "200", description = "The practice")
    @APIResponse(responseCode = "404", description = "No such practice")
    public PracticeView get(@PathParam("odsCode") String odsCode) {
        return service.find(odsCode)
                .orElseThrow(() -> DomainException.notFound("Practice " + odsCode));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a GP practice")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = PracticeView.class)))
    @APIResponse(responseCode = "409", description = "A practice with this ODS code exists")
    public RestResponse<PracticeView> create(@Valid @NotNull PracticeRequest request) {
        PracticeView created = service.create(request);
        return Created.at("/api/v1/practices/" + created.odsCode(), created);
    }

    @PUT
    @Path("/{odsCode}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a GP practice (name, network, ICB, postcode)")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "404", description = "No such practice")
    public PracticeView update(
            @PathParam("odsCode") String odsCode, @Valid @NotNull PracticeRequest request) {
        return service.update(odsCode, request)
                .orElseThrow(() -> DomainException.notFound("Practice " + odsCode));
    }
}
