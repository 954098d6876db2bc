package org.socialprescribing.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.socialprescribing.common.security.Roles;
import org.socialprescribing.common.web.Params;

@Path("/api/v1/audit")
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
            @QueryParam("referralId") String referralId,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        Long before = cursor == null ? null : Params.longValue("cursor", cursor);
        return log.page(
                Params.uuidParam("referralId", referralId), before, Params.limit(limit, 50, 500));
    }
}
