package org.socialprescribing.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.security.CurrentCaller;
import org.socialprescribing.common.security.Roles;
import org.socialprescribing.common.web.NoBody;
import org.socialprescribing.common.web.Params;

@Path("/api/v1/inbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "GP inbox")
public class InboxResource {
    private final Inbox inbox;
    private final CurrentCaller caller;

    public InboxResource(Inbox inbox, CurrentCaller caller) {
        this.inbox = inbox;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.GP)
    @Operation(
            summary =
                    "Read your practice's inbox: letters, safety alerts and attendance concerns,"
                            + " unacknowledged and urgent first")
    @APIResponse(responseCode = "200", description = "A page of the inbox")
    public InboxItemView.Page list(
            @Parameter(
                            description = "Only the items about this referral",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("referralId")
                    String referralId,
            @Parameter(
                            description =
                                    "true or false to see only acknowledged or unacknowledged items",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    @QueryParam("acknowledged")
                    String acknowledged,
            @Parameter(
                            description = "Page number from 0",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "0",
                                            maximum = "100000"))
                    @QueryParam("page")
                    String page,
            @Parameter(
                            description = "Items per page, default 20",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "100"))
                    @QueryParam("size")
                    String size) {
        return inbox.page(
                caller.get(),
                Params.uuidParam("referralId", referralId),
                Params.bool("acknowledged", acknowledged),
                Params.pageNumber(page),
                Params.limit("size", size, 20, 100));
    }

    @POST
    @Path("/{itemId}/acknowledge")
    @RolesAllowed(Roles.GP)
    @Operation(summary = "Acknowledge an inbox item on behalf of your practice")
    @APIResponse(responseCode = "200", description = "The item, acknowledged")
    @APIResponse(responseCode = "404", description = "No item of your practice has this id")
    public InboxItemView acknowledge(
            @PathParam("itemId") String itemId, @RequestBody(required = false) NoBody none) {
        return inbox.acknowledge(
                caller.get(),
                Params.uuid(itemId)
                        .orElseThrow(() -> DomainException.notFound("Inbox item " + itemId)));
    }
}
