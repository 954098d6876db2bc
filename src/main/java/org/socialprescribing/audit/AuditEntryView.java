package org.socialprescribing.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit entry on the wire. */
public record AuditEntryView(
        long id,
        Instant occurredAt,
        String userId,
        String role,
        String organisation,
        String action,
        UUID referralId) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(
                e.id, e.occurredAt, e.userId, e.role, e.organisation, e.action, e.referralId);
    }

    /** A page of entries, newest first; {@code nextCursor} is absent on the last page. */
    @Schema(name = "AuditPage")
    public record Page(List<AuditEntryView> items, String nextCursor) {}
}
