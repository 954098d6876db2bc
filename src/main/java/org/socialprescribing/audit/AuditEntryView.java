package org.socialprescribing.audit;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit entry on the wire. */
public record AuditEntryView(
        @NotNull long id,
        @NotNull Instant occurredAt,
        @NotNull String userId,
        @NotNull String role,
        String organisation,
        @NotNull String action,
        @NotNull UUID referralId) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(
                e.id, e.occurredAt, e.userId, e.role, e.organisation, e.action, e.referralId);
    }

    /** A page of entries, newest first; {@code nextCursor} is absent on the last page. */
    @Schema(name = "AuditPage")
    public record Page(@NotNull List<AuditEntryView> items, String nextCursor) {}
}
