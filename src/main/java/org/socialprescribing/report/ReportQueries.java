package org.socialprescribing.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;

/**
 * Runs a report's aggregate query: binds the period as {@code :from} and {@code :to}, the scope's
 * parameters and any others, and returns each result row with its columns named by their aliases
 * ({@code select count(r.id) as received ...}).
 */
@ApplicationScoped
public class ReportQueries {
    private final EntityManager entityManager;

    public ReportQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<ReportRow> rows(
            String hql, ReportPeriod period, ReportScope scope, Map<String, Object> parameters) {
        TypedQuery<Tuple> query = entityManager.createQuery(hql, Tuple.class);
        query.setParameter("from", period.start());
        query.setParameter("to", period.end());
        scope.parameters().forEach(query::setParameter);
        parameters.forEach(query::setParameter);
        return query.getResultList().stream().map(ReportRow::new).toList();
    }
}
