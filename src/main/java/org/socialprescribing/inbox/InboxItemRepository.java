package org.socialprescribing.inbox;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class InboxItemRepository implements PanacheRepositoryBase<InboxItem, UUID> {

    /** Unacknowledged first, urgent before the rest, newest first. */
    private static final Sort INBOX_ORDER =
            Sort.by("acknowledgedAt", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_FIRST)
                    .and("urgent", Sort.Direction.Descending)
                    .and("createdAt", Sort.Direction.Descending)
                    .and("id");

    /** The practice's items, of one referral and acknowledged or not where those are given. */
    public PanacheQuery<InboxItem> ofPractice(
            String practiceOdsCode, UUID referralId, Boolean acknowledged) {
        String query = "practiceOdsCode = :practice";
        Parameters params = Parameters.with("practice", practiceOdsCode);
        if (referralId != null) {
            query += " and referralId = :referral";
            params.and("referral", referralId);
        }
        if (acknowledged != null) {
            query +=
                    acknowledged
                            ? " and acknowledgedAt is not null"
                            : " and acknowledgedAt is null";
        }
        return find(query, INBOX_ORDER, params);
    }

    public boolean isAcknowledged(UUID subjectId) {
        return count("subjectId = ?1 and acknowledgedAt is not null", subjectId) > 0;
    }
}
