package org.socialprescribing.directory.register;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.socialprescribing.common.security.Roles;

@Path("/api/v1/registers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory")
public class RegisterResource {

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
                    "List the registers the directory recognises: statutory regulators and PSA-accredited registers")
    @APIResponse(responseCode = "200", description = "The registers")
    public List<RegisterView> list() {
        return Arrays.stream(Register.values()).map(RegisterView::of).toList();
    }
}
