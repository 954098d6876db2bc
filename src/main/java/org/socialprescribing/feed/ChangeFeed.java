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
import org.socialprescribing.common.security.Role;
import org.socialprescribing.common.web.Params;

/**
 * Publishes changes in the transaction that makes them, and reads them back within the caller's
 * scope: its practice (GP), its network's practices (link worker), the referrals it was sent
 * (practitioner), or everything (admin).
 */
@ApplicationScoped
public class ChangeFeed {
    private static final UUID NO_PRACTITIONER = new UUID(0, 0);

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
        String scope = scope(caller, params);
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

    /** A condition on {@code e} selecting what the caller may see; fills in its parameters. */
    private static String scope(Caller caller, Map<String, Object> params) {
        if (caller.has(Role.ADMIN)) {
            return "1 = 1";
        }
        StringBuilder clause = new StringBuilder();
        caller.organisation(Role.GP)
                .ifPresent(
                        ods -> {
                            or(clause, "e.practiceOdsCode = :ods");
                            params.put("ods", ods);
                        });
        caller.organisation(Role.LINK_WORKER)
                .ifPresent(
                        pcn -> {
                            or(
                                    clause,
                                    "e.practiceOdsCode in (select p.odsCode from Practice p where"
                                            + " p.pcnCode = :pcn)");
                            params.put("pcn", pcn);
                        });
        caller.organisation(Role.PRACTITIONER)
                .ifPresent(
                        id -> {
                            or(clause, "e.practitionerId = :practitioner");
                            params.put("practitioner", Params.uuid(id).orElse(NO_PRACTITIONER));
                        });
        if (clause.length() == 0) {
            throw DomainException.forbidden("Your role has no change feed");
        }
        return "(" + clause + ")";
    }

    private static void or(StringBuilder clause, String condition) {
        if (clause.length() > 0) {
            clause.append(" or ");
        }
        clause.append(condition);
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
