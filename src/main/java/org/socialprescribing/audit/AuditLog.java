package org.socialprescribing.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
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
public class AuditLog implements PanacheRepositoryBase<AuditEntry, Long> {
    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Caller caller, AuditAction action, UUID referralId) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = Instant.now(clock);
        entry.userId = caller.userId();
        entry.role = caller.primaryRole().roleName();
        entry.organisation = caller.primaryOrganisation();
        entry.action = action.name();
        entry.referralId = referralId;
        persist(entry);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordEach(Caller caller, AuditAction action, List<UUID> referralIds) {
        referralIds.forEach(id -> record(caller, action, id));
    }

    /** Newest first; {@code before} is the id of the last entry of the previous page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditEntryView.Page page(UUID referralId, Long before, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (referralId != null) {
            query.append(" and referralId = :referralId");
            params.and("referralId", referralId);
        }
        if (before != null) {
            query.append(" and id < :before");
            params.and("before", before);
        }
        List<AuditEntryView> items =
                find(query.toString(), Sort.descending("id"), params)
                        .page(Page.ofSize(limit))
                        .list()
                        .stream()
                        .map(AuditEntryView::of)
                        .toList();
        String next = items.size() == limit ? String.valueOf(items.get(limit - 1).id()) : null;
        return new AuditEntryView.Page(items, next);
    }
}
