package org.socialprescribing.feed;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.common.security.TenancyScope;
import org.socialprescribing.common.time.UkTime;
import org.socialprescribing.common.web.Params;
import org.socialprescribing.observability.metrics.DomainMetrics;

/**
 * Publishes changes in the transaction that makes them, and reads them back within the caller's
 * scope: its practice (GP), its network's practices (link worker), the referrals it was sent
 * (practitioner), or everything (admin).
 */
@ApplicationScoped
public class ChangeFeed {
    private final ChangeEventRepository events;
    private final FeedSequencer sequencer;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;
    private final DomainMetrics metrics;

    public ChangeFeed(
            ChangeEventRepository events,
            FeedSequencer sequencer,
            TransactionSynchronizationRegistry transactions,
            Clock clock,
            DomainMetrics metrics) {
        this.events = events;
        this.sequencer = sequencer;
        this.transactions = transactions;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Where a change belongs: the referral's practice and, if any, its practitioner. */
    public record Origin(UUID referralId, String practiceOdsCode, UUID practitionerId) {}

    /**
     * Appends the entry in the caller's transaction under a pending position (no lock shared with
     * other writes); once that transaction commits, the sequencer gives it its place in the feed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(ChangeEventType type, Origin origin, UUID subjectId) {
        ChangeEvent event = new ChangeEvent();
        event.seq = events.nextPendingPosition();
        event.type = type;
        event.referralId = origin.referralId();
        event.subjectId = subjectId;
        event.practiceOdsCode = origin.practiceOdsCode();
        event.practitionerId = origin.practitionerId();
        event.occurredAt = UkTime.now(clock);
        events.persist(event);
        transactions.registerInterposedSynchronization(new AfterCommit(sequencer));
    }

    private record AfterCommit(FeedSequencer sequencer) implements Synchronization {
        @Override
        public void beforeCompletion() {}

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                sequencer.wake();
            }
        }
    }

    /** First positions every entry committed so far (its own transaction), then reads. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ChangeEventView.Page read(Caller caller, String after, int limit) {
        long from = after == null ? 0 : Params.longValue("after", after);
        Map<String, Object> params = new HashMap<>();
        String scope =
                TenancyScope.condition(caller, "e.practiceOdsCode", "e.practitionerId", params)
                        .orElseThrow(
                                () -> DomainException.forbidden("Your role has no change feed"));
        sequencer.sequenceAll();
        List<ChangeEventView> items =
                QuarkusTransaction.requiringNew()
                        .call(() -> events.after(from, scope, params, limit))
                        .stream()
                        .map(ChangeEventView::of)
                        .toList();
        String next = items.isEmpty() ? String.valueOf(from) : items.get(items.size() - 1).cursor();
        return new ChangeEventView.Page(items, next);
    }
}
