package org.socialprescribing.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.time.ZoneOffset;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;
import org.hibernate.Session;

/** Only inserts and reads: there is deliberately no way to change an entry. */
@ApplicationScoped
public class AuditEntryRepository implements PanacheRepositoryBase<AuditEntry, Long> {

    /**
     * Inserts entries with one statement (one row each), in the caller's transaction: a page of 50
     * referrals read costs one round trip, not 50. Bound through JDBC: Hibernate's native query
     * looks each of the 300 parameters up by position, which cost more than the insert itself.
     */
    public void insertAll(List<AuditEntry> batch) {
        if (batch.isEmpty()) {
            return;
        }
        StringJoiner rows = new StringJoiner(", ");
        for (int i = 0; i < batch.size(); i++) {
            rows.add("(?, ?, ?, ?, ?, ?)");
        }
        String sql =
                "insert into audit_entry (occurred_at, user_id, role, organisation, action,"
                        + " referral_id) values "
                        + rows;
        getEntityManager()
                .unwrap(Session.class)
                .doWork(
                        connection -> {
                            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                                int position = 1;
                                for (AuditEntry entry : batch) {
                                    insert.setObject(
                                            position++, entry.occurredAt.atOffset(ZoneOffset.UTC));
                                    insert.setString(position++, entry.userId);
                                    insert.setString(position++, entry.role);
                                    insert.setString(position++, entry.organisation);
                                    insert.setString(position++, entry.action);
                                    insert.setObject(position++, entry.referralId);
                                }
                                insert.executeUpdate();
                            }
                        });
    }

    /** Newest first, of one referral if given, before the entry {@code before} if given. */
    public List<AuditEntry> page(UUID referralId, Long before, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (referralId != null) {
            query.append(" and referralId = :referralId");
            params.and("referralId", referralId);
        }
        if (before != null) {
            query.append(" and id < :before");
            params.and("before", before);
        }
        return find(query.toString(), Sort.descending("id"), params)
                .page(Page.ofSize(limit))
                .list();
    }
}
