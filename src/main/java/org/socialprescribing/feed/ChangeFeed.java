package org.socialprescribing.feed;

import jakarta.enterprise.context.ApplicationScoped;
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
    private final Clock clock;
    private final DomainMetrics metrics;

    public ChangeFeed(ChangeEventRepository events, Clock clock, DomainMetrics metrics) {
        this.events = events;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Where a change belongs: the referral's practice and, if any, its practitioner. */
    public record Origin(UUID referralId, String practiceOdsCode, UUID practitionerId) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(ChangeEventType type, Origin origin, UUID subjectId) {
        ChangeEvent event = new ChangeEvent();
        event.seq = events.nextSequence();
        event.type = type;
        event.referralId = origin.referralId();
        event.subjectId = subjectId;
        event.practiceOdsCode = origin.practiceOdsCode();
        event.practitionerId = origin.practitionerId();
        event.occurredAt = UkTime.now(clock);
        events.persist(event);
        metrics.changePublished();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ChangeEventView.Page read(Caller caller, String after, int limit) {
        long from = after == null ? 0 : Params.longValue("after", after);
        Map<String, Object> params = new HashMap<>();
        String scope =
                TenancyScope.condition(caller, "e.practiceOdsCode", "e.practitionerId", params)
                        .orElseThrow(
                                () -> DomainException.forbidden("Your role has no change feed"));
        List<ChangeEventView> items =
                events.after(from, scope, params, limit).stream().map(ChangeEventView::of).toList();
        String next = items.isEmpty() ? String.valueOf(from) : items.get(items.size() - 1).cursor();
        return new ChangeEventView.Page(items, next);
    }
}
