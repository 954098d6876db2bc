package org.socialprescribing.report;

import jakarta.persistence.Tuple;

/** One row of a report query, its columns read by the aliases the query gave them. */
public record ReportRow(Tuple columns) {

    /** A count or sum as the database returns it; none is zero. */
    public long count(String alias) {
        Object value = columns.get(alias);
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A median or percentile; none when there was nothing to take it of. */
    public Double real(String alias) {
        Object value = columns.get(alias);
        return value == null ? null : ((Number) value).doubleValue();
    }

    /** A code or name as text ({@code String.valueOf}: a missing one reads "null"). */
    public String text(String alias) {
        return String.valueOf(columns.get(alias));
    }

    public <T> T get(String alias, Class<T> type) {
        return type.cast(columns.get(alias));
    }

    public Object get(String alias) {
        return columns.get(alias);
    }
}
