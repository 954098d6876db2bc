package org.socialprescribing.report.disclosure;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * The one place where figures are made safe to publish (NHS Digital's method for sub-national
 * figures): counts of 1 to 7 people are suppressed, other counts of people are rounded to the
 * nearest 5, means, medians and rates built on 1 to 7 people are suppressed, and totals are the sum
 * of the published cells, so no suppressed value can be recovered by subtraction (totals over cells
 * that overlap are counted once and controlled themselves instead). Counts that are not about
 * people (sessions, practitioners) pass unchanged. An admin may ask for unrounded figures; nothing
 * is then changed.
 */
public final class DisclosureControl {
    private final int suppressUpTo;
    private final int roundTo;
    private final boolean unrounded;

    public DisclosureControl(int suppressUpTo, int roundTo, boolean unrounded) {
        if (suppressUpTo < 0 || roundTo < 1) {
            throw new IllegalArgumentException("suppressUpTo must be >= 0 and roundTo >= 1");
        }
        this.suppressUpTo = suppressUpTo;
        this.roundTo = roundTo;
        this.unrounded = unrounded;
    }

    public static DisclosureControl of(DisclosureSettings settings, boolean unrounded) {
        return new DisclosureControl(settings.suppressUpTo(), settings.roundTo(), unrounded);
    }

    /** A count of people (patients, referrals): suppressed when small, otherwise rounded. */
    public Count people(long raw) {
        if (unrounded || raw == 0) {
            return Count.shown(raw);
        }
        if (raw <= suppressUpTo) {
            return Count.hidden();
        }
        return Count.shown(nearest(raw));
    }

    /** A count that is not about people: published as it is. */
    public Count notPeople(long raw) {
        return Count.shown(raw);
    }

    /** A mean, median or rate over {@code people} people: suppressed when they are 1 to 7. */
    public Statistic statistic(BigDecimal value, long people) {
        if (people == 0) {
            return new Statistic(null, false);
        }
        // suppressed before asking whether there is a value: a figure missing only for one
        // person (a confidence interval) would otherwise tell how many there are
        if (!unrounded && people <= suppressUpTo) {
            return new Statistic(null, true);
        }
        return new Statistic(value, false);
    }

    /**
     * A sum of money over {@code people} people: suppressed when they are 1 to 7, since a patient's
     * contribution would tell their income band. Money is not rounded.
     */
    public Amount money(long pence, long people) {
        if (!unrounded && people > 0 && people <= suppressUpTo) {
            return new Amount(null, true);
        }
        return new Amount(pence, false);
    }

    /**
     * Pence per person ({@code pence} over {@code per} people), from money spent on {@code basis}
     * people: suppressed when either is 1 to 7, so the sum cannot be recovered by multiplying back;
     * none when no one is counted.
     */
    public Amount perPerson(long pence, long per, long basis) {
        if (per == 0) {
            return new Amount(null, false);
        }
        if (!unrounded && ((basis > 0 && basis <= suppressUpTo) || per <= suppressUpTo)) {
            return new Amount(null, true);
        }
        return new Amount(Math.round((double) pence / per), false);
    }

    /** The total of published sums (suppressed cells add nothing). */
    public Amount totalMoney(Collection<Amount> cells) {
        return new Amount(cells.stream().mapToLong(Amount::published).sum(), false);
    }

    /** The total of published cells (rounded values; suppressed cells add nothing). */
    public Count total(Collection<Count> cells) {
        return Count.shown(cells.stream().mapToLong(Count::published).sum());
    }

    /** What was applied, in words, for the report's header. */
    public String rules() {
        return rules(false);
    }

    /**
     * What was applied, in words; where {@code cellsOverlap}, also that the cells overlap and how
     * the totals were made instead.
     */
    public String rules(boolean cellsOverlap) {
        if (unrounded) {
            return "Unrounded figures (admin request): no disclosure control applied; do not publish.";
        }
        return "Counts of 1-"
                + suppressUpTo
                + " people are suppressed; other counts of people are rounded to the nearest "
                + roundTo
                + "; means, medians and rates built on 1-"
                + suppressUpTo
                + " people are suppressed; sums of money over 1-"
                + suppressUpTo
                + " people are suppressed, as is money per person where the people are 1-"
                + suppressUpTo
                + (cellsOverlap
                        ? "; the cells overlap (a referral can be in more than one), so totals"
                                + " count each referral once and are controlled themselves"
                        : "; totals are the sum of the published cells")
                + "; counts that are not about people (sessions) are not controlled.";
    }

    public boolean isUnrounded() {
        return unrounded;
    }

    /** Nearest multiple of roundTo, halves rounded up (12 to 10, 13 to 15). */
    private long nearest(long raw) {
        return ((raw + roundTo / 2) / roundTo) * roundTo;
    }
}
