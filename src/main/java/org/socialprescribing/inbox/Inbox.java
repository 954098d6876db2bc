package org.socialprescribing.inbox;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.socialprescribing.audit.AuditAction;
import org.socialprescribing.audit.AuditLog;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.common.security.Role;

/**
 * A GP practice's inbox: letters, safety alerts and attendance concerns. Unacknowledged items come
 * first, urgent before the rest, newest first; an item stays unacknowledged until a GP of the
 * practice acknowledges it.
 */
@ApplicationScoped
public class Inbox implements PanacheRepositoryBase<InboxItem, UUID> {
    private final AuditLog audit;
    private final Clock clock;

    public Inbox(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** Puts an item in the practice's inbox, in the transaction of the change it reports. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deliver(
            String practiceOdsCode,
            UUID referralId,
            InboxKind kind,
            UUID subjectId,
            boolean urgent,
            String title) {
        InboxItem item = new InboxItem();
        item.id = UUID.randomUUID();
        item.practiceOdsCode = practiceOdsCode;
        item.referralId = referralId;
        item.kind = kind;
        item.subjectId = subjectId;
        item.urgent = urgent;
        item.title = title;
        item.createdAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        persist(item);
    }

    @Transactional
    public InboxItemView.Page page(
            Caller caller, UUID referralId, Boolean acknowledged, int page, int size) {
        String practice = practiceOf(caller);
        String query = "practiceOdsCode = :practice";
        Parameters params = Parameters.with("practice", practice);
        if (referralId != null) {
            query += " and referralId = :referral";
            params.and("referral", referralId);
        }
        if (acknowledged != null) {
            query +=
                    acknowledged
                            ? " and acknowledgedAt is not null"
                            : " and acknowledgedAt is null";
        }
        Sort order =
                Sort.by(
                                "acknowledgedAt",
                                Sort.Direction.Descending,
                                Sort.NullPrecedence.NULLS_FIRST)
                        .and("urgent", Sort.Direction.Descending)
                        .and("createdAt", Sort.Direction.Descending)
                        .and("id");
        var found = find(query, order, params);
        List<InboxItem> items = found.page(Page.of(page, size)).list();
        items.forEach(item -> audit.record(caller, AuditAction.INBOX_READ, item.referralId));
        return new InboxItemView.Page(
                items.stream().map(InboxItemView::of).toList(), page, size, found.count());
    }

    /** Acknowledging twice keeps the first acknowledgement. */
    @Transactional
    public InboxItemView acknowledge(Caller caller, UUID itemId) {
        InboxItem item =
                findByIdOptional(itemId)
                        .filter(i -> i.practiceOdsCode.equals(practiceOf(caller)))
                        .orElseThrow(() -> DomainException.notFound("Inbox item " + itemId));
        if (item.acknowledgedAt == null) {
            item.acknowledgedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
            item.acknowledgedBy = caller.userId();
            audit.record(caller, AuditAction.INBOX_ACKNOWLEDGED, item.referralId);
        }
        return InboxItemView.of(item);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isAcknowledged(UUID subjectId) {
        return count("subjectId = ?1 and acknowledgedAt is not null", subjectId) > 0;
    }

    private static String practiceOf(Caller caller) {
        return caller.organisation(Role.GP)
                .orElseThrow(() -> DomainException.forbidden("Only a GP practice has an inbox"));
    }
}
