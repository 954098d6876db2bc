package org.socialprescribing.observability.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The read model behind the gauges: two aggregate queries in SQL, so that observability depends on
 * no feature's entities (those features call {@link DomainMetrics}).
 */
@ApplicationScoped
public class GaugeQueries {
    /** Upper bounds of the inbox age bands, youngest first; the last band is open. */
    static final List<Duration> AGE_BOUNDS =
            List.of(Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(3));

    static final List<String> AGE_BANDS = List.of("under_1h", "1h_to_1d", "1d_to_3d", "over_3d");

    private final EntityManager entities;

    public GaugeQueries(EntityManager entities) {
        this.entities = entities;
    }

    /** Unacknowledged items of one urgency in one age band. */
    public record InboxBand(boolean urgent, String age, long items) {}

    /** A funding scheme's budget and what is neither committed nor spent. */
    public record Headroom(
            String schemeId, String funderCode, long budgetPence, long headroomPence) {}

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<InboxBand> unacknowledgedInbox(Instant now) {
        List<?> rows =
                entities.createNativeQuery(
                                "select urgent,"
                                        + " sum(case when created_at > ?1 then 1 else 0 end),"
                                        + " sum(case when created_at <= ?1 and created_at > ?2"
                                        + " then 1 else 0 end),"
                                        + " sum(case when created_at <= ?2 and created_at > ?3"
                                        + " then 1 else 0 end),"
                                        + " sum(case when created_at <= ?3 then 1 else 0 end)"
                                        + " from inbox_item where acknowledged_at is null"
                                        + " group by urgent")
                        .setParameter(1, now.minus(AGE_BOUNDS.get(0)))
                        .setParameter(2, now.minus(AGE_BOUNDS.get(1)))
                        .setParameter(3, now.minus(AGE_BOUNDS.get(2)))
                        .getResultList();
        List<InboxBand> bands = new ArrayList<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            boolean urgent = Boolean.TRUE.equals(columns[0]);
            for (int band = 0; band < AGE_BANDS.size(); band++) {
                Number items = (Number) columns[band + 1];
                bands.add(
                        new InboxBand(
                                urgent,
                                AGE_BANDS.get(band),
                                items == null ? 0 : items.longValue()));
            }
        }
        return bands;
    }

    /** Schemes still open on the day (no end date, or one not yet passed). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Headroom> openSchemes(LocalDate today) {
        List<?> rows =
                entities.createNativeQuery(
                                "select cast(id as varchar(36)), funder_code, budget_pence,"
                                        + " budget_pence - committed_pence - spent_pence"
                                        + " from funding_scheme"
                                        + " where valid_to is null or valid_to >= ?1")
                        .setParameter(1, today)
                        .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(
                        columns ->
                                new Headroom(
                                        String.valueOf(columns[0]),
                                        String.valueOf(columns[1]),
                                        ((Number) columns[2]).longValue(),
                                        ((Number) columns[3]).longValue()))
                .toList();
    }
}
