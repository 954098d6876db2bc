package org.socialprescribing.feed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.socialprescribing.common.security.CurrentCaller;
import org.socialprescribing.common.security.Roles;
import org.socialprescribing.common.web.Params;

@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Change feed")
public class ChangeFeedResource {
    private final ChangeFeed feed;
    private final CurrentCaller caller;

    public ChangeFeedResource(ChangeFeed feed, CurrentCaller caller) {
        this.feed = feed;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.GP, Roles.LINK_WORKER, Roles.PRACTITIONER, Roles.ADMIN})
    @Operation(summary = "Poll for changes you may see, oldest first, as ids only")
    @APIResponse(
            responseCode = "200",
            description = "Changes after the cursor, and the cursor to poll with next")
    public ChangeEventView.Page poll(
            @Parameter(
                            description =
                                    "The nextCursor of your last poll; omit to start at the beginning")
                    @QueryParam("after")
                    String after,
            @Parameter(
                            description = "Changes per poll, default 100",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "500"))
                    @QueryParam("limit")
                    String limit) {
        return feed.read(caller.get(), after, Params.limit("limit", limit, 100, 500));
    }
}
