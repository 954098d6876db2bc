package org.socialprescribing.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.socialprescribing.common.security.Caller;

/**
 * Appends to the audit trail in the caller's transaction, so that an audited read or write and its
 * audit entry stand or fall together. There is deliberately no way to change an entry.
 */
@ApplicationScoped
public class AuditLog {
    private final AuditEntryRepository entries;
    private final Clock clock;

    public AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller caller, AuditAction action, UUID referralId) {
        entries.persist(entry(caller, action, referralId));
    }

    /** One entry per referral, inserted together in one statement (a list page's reads). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordEach(Caller caller, AuditAction action, List<UUID> referralIds) {
        entries.insertAll(referralIds.stream().map(id -> entry(caller, action, id)).toList());
    }

    private AuditEntry entry(Caller caller, AuditAction action, UUID referralId) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = Instant.now(clock);
        entry.userId = caller.userId();
        entry.role = caller.primaryRole().roleName();
        entry.organisation = caller.primaryOrganisation();
        entry.action = action.name();
        entry.referralId = referralId;
        return entry;
    }

    /** Newest first; {@code before} is the id of the last entry of the previous page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditEntryView.Page page(UUID referralId, Long before, int limit) {
        List<AuditEntryView> items =
                entries.page(referralId, before, limit).stream().map(AuditEntryView::of).toList();
        String next = items.size() == limit ? String.valueOf(items.get(limit - 1).id()) : null;
        return new AuditEntryView.Page(items, next);
    }
}
