package org.socialprescribing.report.activity;

import java.util.List;
import org.socialprescribing.report.FundedPlans;

/** What an activity report can be grouped by, and how each is read from a referral {@code r}. */
public enum Dimension {
    MONTH("year(r.createdAt) * 100 + month(r.createdAt)", ""),
    PRACTICE("r.practice.odsCode", ""),
    NETWORK("r.practice.pcnCode", ""),
    THERAPY("r.therapyCode", ""),
    PRACTITIONER("r.practitionerId", ""),
    /** The route in: GP practice, self-referral, another NHS professional, an organisation. */
    SOURCE("r.source", ""),
    /**
     * Multi-valued: a referral for MSK pain and anxiety counts once under each category, and once
     * only under a category it names twice (its first condition of the category stands for it).
     */
    CONDITION_CATEGORY("c.category", " join r.conditions c", " and c.firstOfCategory = true", true),
    /** The route of the referral's approved funding; UNFUNDED without any. */
    FUNDING_ROUTE(
            "fs.route",
            " left join FundingPlan fp on fp.referralId = r.id and "
                    + FundedPlans.funds("fp")
                    + " left join FundingScheme fs on fs.id = fp.schemeId");

    private final String expression;
    private final String join;
    private final String filter;
    private final boolean multiValued;

    Dimension(String expression, String join) {
        this(expression, join, "", false);
    }

    Dimension(String expression, String join, String filter, boolean multiValued) {
        this.expression = expression;
        this.join = join;
        this.filter = filter;
        this.multiValued = multiValued;
    }

    /**
     * Whether one referral can have several values, so that grouped by it the cells overlap and
     * their sum counts such referrals more than once. Every other dimension has one value per
     * referral: its practice, therapy and practitioner now, its month, and the route of its one
     * funding plan that funds it (a referral gets a new plan only after one is declined).
     */
    boolean multiValued() {
        return multiValued;
    }

    /** Whether a report grouped by these dimensions has cells that overlap. */
    static boolean overlap(List<Dimension> dimensions) {
        return dimensions.stream().anyMatch(Dimension::multiValued);
    }

    String expression() {
        return expression;
    }

    /** The name of the group's column in a query's result. */
    String alias() {
        return "by_" + name().toLowerCase();
    }

    String join() {
        return join;
    }

    /** A restriction that keeps one row per referral and group, or nothing. */
    String filter() {
        return filter;
    }

    /** The group's label as published: months as 2026-11, missing values named. */
    String label(Object value) {
        if (value == null) {
            return this == FUNDING_ROUTE ? "UNFUNDED" : "NONE";
        }
        if (this == MONTH) {
            int yearMonth = ((Number) value).intValue();
            return String.format("%04d-%02d", yearMonth / 100, yearMonth % 100);
        }
        return value.toString();
    }
}
