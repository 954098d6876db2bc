package org.socialprescribing.feed;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class ChangeEventRepository implements PanacheRepositoryBase<ChangeEvent, Long> {

    /** Takes the next number under the counter row's lock, held until this transaction ends. */
    public long nextSequence() {
        getEntityManager()
                .createNativeQuery(
                        "update change_feed_counter set last_seq = last_seq + 1 where id = 1")
                .executeUpdate();
        return ((Number)
                        getEntityManager()
                                .createNativeQuery(
                                        "select last_seq from change_feed_counter where id = 1")
                                .getSingleResult())
                .longValue();
    }

    /** Events after a sequence number that match a scope condition on {@code e}, in order. */
    public List<ChangeEvent> after(
            long seq, String scope, Map<String, Object> scopeParameters, int limit) {
        TypedQuery<ChangeEvent> query =
                getEntityManager()
                        .createQuery(
                                "from ChangeEvent e where e.seq > :after and "
                                        + scope
                                        + " order by e.seq",
                                ChangeEvent.class)
                        .setParameter("after", seq)
                        .setMaxResults(limit);
        scopeParameters.forEach(query::setParameter);
        return query.getResultList();
    }
}
