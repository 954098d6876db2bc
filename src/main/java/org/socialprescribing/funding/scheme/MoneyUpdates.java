package org.socialprescribing.funding.scheme;

import jakarta.persistence.Query;

/** Runs one UPDATE of a funder's money columns, its amount bound as {@code :pence}. */
final class MoneyUpdates {
    private MoneyUpdates() {}

    /**
     * Moving nothing always succeeds without touching the row.
     *
     * @return the rows changed (1 for nothing to move)
     */
    static int run(Query update, long pence) {
        return pence == 0 ? 1 : update.setParameter("pence", pence).executeUpdate();
    }
}
