package org.socialprescribing.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
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

    public record AuditEntryView(
            long id,
            Instant occurredAt,
            String userId,
            String role,
            String organisation,
            String action,
            UUID referralId) {}

    public record AuditPage(List<AuditEntryView> items, String nextCursor) {}

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Read the audit trail of patient-identifiable data, newest first")
    @APIResponse(responseCode = "200", description = "A page of audit entries")
    public AuditPage list(
            @QueryParam("referralId") String referralId,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        int size = Params.limit(limit, 50, 500);
        Long before = cursor == null ? null : Params.longValue("cursor", cursor);
        List<AuditEntryView> items =
                log.page(Params.uuidParam("referralId", referralId), before, size).stream()
                        .map(
                                e ->
                                        new AuditEntryView(
                                                e.id,
                                                e.occurredAt,
                                                e.userId,
                                                e.role,
                                                e.organisation,
                                                e.action,
                                                e.referralId))
                        .toList();
        String next =
                items.size() == size ? String.valueOf(items.get(items.size() - 1).id()) : null;
        return new AuditPage(items, next);
    }
}
