package org.socialprescribing.funding.funder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.socialprescribing.common.security.CurrentCaller;
import org.socialprescribing.common.security.Roles;
import org.socialprescribing.common.web.Created;
import org.socialprescribing.funding.funder.FunderApi.FunderRequest;
import org.socialprescribing.funding.funder.FunderApi.FunderView;

@Path("/api/v1/funders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Funding")
public class FunderResource {
    private final FunderService funders;
    private final CurrentCaller caller;

    public FunderResource(FunderService funders, CurrentCaller caller) {
        this.funders = funders;
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
    @Operation(
            summary =
                    "List funders; q searches code, name and type (CCG finds ICBs, their former name)")
    @APIResponse(responseCode = "200", description = "The funders")
    public List<FunderView> list(
            @Parameter(description = "Text to search for") @QueryParam("q") String q) {
        return funders.search(q);
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
    @Operation(summary = "Read one funder")
    @APIResponse(responseCode = "200", description = "The funder")
    @APIResponse(responseCode = "404", description = "No such funder")
    public FunderView get(@PathParam("code") String code) {
        return funders.find(code).orElseThrow(() -> DomainException.notFound("Funder " + code));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a funder")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = FunderView.class)))
    @APIResponse(responseCode = "409", description = "A funder with this code exists")
    public RestResponse<FunderView> create(@Valid @NotNull FunderRequest request) {
        FunderView created = funders.create(request);
        return Created.at("/api/v1/funders/" + created.code(), created);
    }
}
