package org.socialprescribing.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a report's aggregate query: binds the period as {@code :from} and {@code :to}, the scope's
 * parameters and any others, and returns each result row as an array.
 */
@ApplicationScoped
public class ReportQueries {
    private final EntityManager entityManager;

    public ReportQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Object[]> rows(
            String hql, ReportPeriod period, ReportScope scope, Map<String, Object> parameters) {
        Query query = entityManager.createQuery(hql);
        query.setParameter("from", period.start());
        query.setParameter("to", period.end());
        scope.parameters().forEach(query::setParameter);
        parameters.forEach(query::setParameter);
        List<Object[]> rows = new ArrayList<>();
        for (Object result : query.getResultList()) {
            rows.add(result instanceof Object[] array ? array : new Object[] {result});
        }
        return rows;
    }

    /** A count or sum as the database returns it; none is zero. */
    public static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
