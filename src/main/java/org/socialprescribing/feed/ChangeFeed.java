package org.socialprescribing.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.security.Caller;
import org.socialprescribing.common.security.TenancyScope;
import org.socialprescribing.common.web.Params;

/**
 * Publishes changes in the transaction that makes them, and reads them back within the caller's
 * scope: its practice (GP), its network's practices (link worker), the referrals it was sent
 * (practitioner), or everything (admin).
 */
@ApplicationScoped
public class ChangeFeed {
    private final EntityManager entityManager;
    private final Clock clock;

    public ChangeFeed(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Where a change belongs: the referral's practice and, if any, its practitioner. */
    public record Origin(UUID referralId, String practiceOdsCode, UUID practitionerId) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(ChangeEventType type, Origin origin, UUID subjectId) {
        ChangeEvent event = new ChangeEvent();
        event.seq = nextSequence();
        event.type = type;
        event.referralId = origin.referralId();
        event.subjectId = subjectId;
        event.practiceOdsCode = origin.practiceOdsCode();
        event.practitionerId = origin.practitionerId();
        event.occurredAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        entityManager.persist(event);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ChangeEventView.Page read(Caller caller, String after, int limit) {
        long from = after == null ? 0 : Params.longValue("after", after);
        Map<String, Object> params = new HashMap<>();
        String scope =
                TenancyScope.condition(caller, "e.practiceOdsCode", "e.practitionerId", params)
                        .orElseThrow(
                                () -> DomainException.forbidden("Your role has no change feed"));
        TypedQuery<ChangeEvent> query =
                entityManager
                        .createQuery(
                                "from ChangeEvent e where e.seq > :after and "
                                        + scope
                                        + " order by e.seq",
                                ChangeEvent.class)
                        .setParameter("after", from)
                        .setMaxResults(limit);
        params.forEach(query::setParameter);
        List<ChangeEventView> items =
                query.getResultList().stream().map(ChangeEventView::of).toList();
        String next = items.isEmpty() ? String.valueOf(from) : items.get(items.size() - 1).cursor();
        return new ChangeEventView.Page(items, next);
    }

    /** Takes the next number under the counter row's lock, held until this transaction ends. */
    private long nextSequence() {
        entityManager
                .createNativeQuery(
                        "update change_feed_counter set last_seq = last_seq + 1 where id = 1")
                .executeUpdate();
        return ((Number)
                        entityManager
                                .createNativeQuery(
                                        "select last_seq from change_feed_counter where id = 1")
                                .getSingleResult())
                .longValue();
    }
}
