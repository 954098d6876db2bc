package org.socialprescribing.audit;

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
import org.socialprescribing.common.security.Roles;
import org.socialprescribing.common.web.Params;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {
    private final AuditLog log;

    public AuditResource(AuditLog log) {
        this.log = log;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Read the audit trail of patient-identifiable data, newest first")
    @APIResponse(responseCode = "200", description = "A page of audit entries")
    public AuditEntryView.Page list(
            @Parameter(
                            description = "Only the entries about this referral",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("referralId")
                    String referralId,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor")
                    String cursor,
            @Parameter(
                            description = "Entries per page, default 50",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "500"))
                    @QueryParam("limit")
                    String limit) {
        Long before = cursor == null ? null : Params.longValue("cursor", cursor);
        return log.page(
                Params.uuidParam("referralId", referralId),
                before,
                Params.limit("limit", limit, 50, 500));
    }
}
