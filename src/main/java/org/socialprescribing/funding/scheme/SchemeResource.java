package org.socialprescribing.funding.scheme;

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
import org.socialprescribing.common.web.Params;
import org.socialprescribing.funding.scheme.SchemeApi.SchemeRequest;
import org.socialprescribing.funding.scheme.SchemeApi.SchemeView;

@Path("/api/v1/funding-schemes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Funding")
public class SchemeResource {
    private final SchemeService schemes;
    private final CurrentCaller caller;

    public SchemeResource(SchemeService schemes, CurrentCaller caller) {
        this.schemes = schemes;
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
    @Operation(summary = "List funding schemes, optionally one funder's, with their budgets")
    @APIResponse(responseCode = "200", description = "The schemes")
    public List<SchemeView> list(
            @Parameter(description = "Only the schemes of this funder (its code)")
                    @QueryParam("funder")
                    String funder) {
        return schemes.list(funder);
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
    @Operation(summary = "Read one funding scheme")
    @APIResponse(responseCode = "200", description = "The scheme")
    @APIResponse(responseCode = "404", description = "No such scheme")
    public SchemeView get(@PathParam("id") String id) {
        return schemes.find(Params.pathId("Funding scheme", id))
                .orElseThrow(() -> DomainException.notFound("Funding scheme " + id));
    }

    @POST
    @RolesAllowed({Roles.COMMISSIONER, Roles.ADMIN})
    @Operation(summary = "Define a funding scheme (an admin, or the funder's own commissioner)")
    @APIResponse(
            responseCode = "201",
            description = "Defined",
            content = @Content(schema = @Schema(implementation = SchemeView.class)))
    @APIResponse(responseCode = "422", description = "Unknown funder or therapy")
    public RestResponse<SchemeView> create(@Valid @NotNull SchemeRequest request) {
        SchemeView created = schemes.create(caller.get(), request);
        return Created.at("/api/v1/funding-schemes/" + created.id(), created);
    }
}
