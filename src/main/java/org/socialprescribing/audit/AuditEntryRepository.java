package org.socialprescribing.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Only inserts and reads: there is deliberately no way to change an entry. */
@ApplicationScoped
public class AuditEntryRepository implements PanacheRepositoryBase<AuditEntry, Long> {

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
