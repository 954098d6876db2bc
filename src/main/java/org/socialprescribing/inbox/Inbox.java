package org.socialprescribing.inbox;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.socialprescribing.audit.AuditAction;
import org.socialprescribing.audit.AuditLog;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.id.TimeOrderedIds;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.common.security.Role;
import org.socialprescribing.common.time.UkTime;
import org.socialprescribing.observability.metrics.DomainMetrics;

/**
 * A GP practice's inbox: letters, safety alerts and attendance concerns. Unacknowledged items come
 * first, urgent before the rest, newest first; an item stays unacknowledged until a GP of the
 * practice acknowledges it.
 */
@ApplicationScoped
public class Inbox {
    private final InboxItemRepository items;
    private final AuditLog audit;
    private final Clock clock;
    private final DomainMetrics metrics;

    public Inbox(InboxItemRepository items, AuditLog audit, Clock clock, DomainMetrics metrics) {
        this.items = items;
        this.audit = audit;
        this.clock = clock;
        this.metrics = metrics;
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
        item.id = TimeOrderedIds.next();
        item.practiceOdsCode = practiceOdsCode;
        item.referralId = referralId;
        item.kind = kind;
        item.subjectId = subjectId;
        item.urgent = urgent;
        item.title = title;
        item.createdAt = UkTime.now(clock);
        items.persist(item);
    }

    @Transactional
    public InboxItemView.Page page(
            Caller caller, UUID referralId, Boolean acknowledged, int page, int size) {
        var found = items.ofPractice(practiceOf(caller), referralId, acknowledged);
        List<InboxItem> shown = found.page(Page.of(page, size)).list();
        shown.forEach(item -> audit.record(caller, AuditAction.INBOX_READ, item.referralId));
        return new InboxItemView.Page(
                shown.stream().map(InboxItemView::of).toList(), page, size, found.count());
    }

    /** Acknowledging twice keeps the first acknowledgement. */
    @Transactional
    public InboxItemView acknowledge(Caller caller, UUID itemId) {
        InboxItem item =
                items.findForUpdate(itemId)
                        .filter(i -> i.practiceOdsCode.equals(practiceOf(caller)))
                        .orElseThrow(() -> DomainException.notFound("Inbox item " + itemId));
        if (item.acknowledgedAt == null) {
            item.acknowledgedAt = UkTime.now(clock);
            item.acknowledgedBy = caller.userId();
            audit.record(caller, AuditAction.INBOX_ACKNOWLEDGED, item.referralId);
            metrics.inboxItemAcknowledged(item.kind.name());
        }
        return InboxItemView.of(item);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isAcknowledged(UUID subjectId) {
        return items.isAcknowledged(subjectId);
    }

    private static String practiceOf(Caller caller) {
        return caller.organisation(Role.GP)
                .orElseThrow(() -> DomainException.forbidden("Only a GP practice has an inbox"));
    }
}
