package org.socialprescribing.feed;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;

@ApplicationScoped
public class ChangeEventRepository implements PanacheRepositoryBase<ChangeEvent, Long> {

    /**
     * A pending position for a new entry: the negative of the next number of a database sequence,
     * so appending takes no lock and a later append (of the same referral, after its row lock) is
     * more negative.
     */
    public long nextPendingPosition() {
        String sql =
                getEntityManager()
                        .getEntityManagerFactory()
                        .unwrap(SessionFactoryImplementor.class)
                        .getJdbcServices()
                        .getDialect()
                        .getSequenceSupport()
                        .getSequenceNextValString("change_event_pending_seq");
        return -((Number) getEntityManager().createNativeQuery(sql).getSingleResult()).longValue();
    }

    /** Whether any committed entry still waits for its position (no lock taken). */
    public boolean anyPending() {
        return !getEntityManager()
                .createNativeQuery("select seq from change_event where seq < 0")
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The last position given, with the counter row locked until this transaction ends. */
    public long lockLastPosition() {
        return ((Number)
                        getEntityManager()
                                .createNativeQuery(
                                        "select last_seq from change_feed_counter where id = 1 for update")
                                .getSingleResult())
                .longValue();
    }

    /** A committed entry waiting for its position, and when its change was made. */
    public record Pending(long seq, Instant occurredAt) {}

    /** Pending entries in the order they were appended, at most {@code limit}. */
    public List<Pending> pending(int limit) {
        return getEntityManager()
                .createQuery(
                        "select e.seq, e.occurredAt from ChangeEvent e where e.seq < 0 order by e.seq"
                                + " desc",
                        Object[].class)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(row -> new Pending(((Number) row[0]).longValue(), (Instant) row[1]))
                .toList();
    }

    /** Gives the pending entries the positions after {@code last}, in order, in one batch. */
    public void position(List<Pending> pending, long last) {
        getEntityManager()
                .unwrap(Session.class)
                .doWork(
                        connection -> {
                            try (PreparedStatement update =
                                    connection.prepareStatement(
                                            "update change_event set seq = ? where seq = ?")) {
                                long next = last;
                                for (Pending entry : pending) {
                                    update.setLong(1, ++next);
                                    update.setLong(2, entry.seq());
                                    update.addBatch();
                                }
                                update.executeBatch();
                            }
                        });
        getEntityManager()
                .createNativeQuery("update change_feed_counter set last_seq = :last where id = 1")
                .setParameter("last", last + pending.size())
                .executeUpdate();
    }

    /** Positioned events after a position that match a scope condition on {@code e}, in order. */
    public List<ChangeEvent> after(
            long seq, String scope, Map<String, Object> scopeParameters, int limit) {
        TypedQuery<ChangeEvent> query =
                getEntityManager()
                        .createQuery(
                                "from ChangeEvent e where e.seq > :after and "
                                        + scope
                                        + " order by e.seq",
                                ChangeEvent.class)
                        .setParameter("after", Math.max(0, seq))
                        .setMaxResults(limit);
        scopeParameters.forEach(query::setParameter);
        return query.getResultList();
    }
}
