package org.socialprescribing.report.activity;

/** What an activity report can be grouped by, and how each is read from a referral {@code r}. */
public enum Dimension {
    MONTH("year(r.createdAt) * 100 + month(r.createdAt)", ""),
    PRACTICE("r.practice.odsCode", ""),
    NETWORK("r.practice.pcnCode", ""),
    THERAPY("r.therapyCode", ""),
    PRACTITIONER("r.practitionerId", ""),
    /** A referral for MSK pain and anxiety counts once under each category. */
    CONDITION_CATEGORY("c.category", " join r.conditions c"),
    /** The route of the referral's approved funding; UNFUNDED without any. */
    FUNDING_ROUTE(
            "fs.route",
            " left join FundingPlan fp on fp.referralId = r.id and fp.status in ('APPROVED', 'CLOSED')"
                    + " left join FundingScheme fs on fs.id = fp.schemeId");

    private final String expression;
    private final String join;

    Dimension(String expression, String join) {
        this.expression = expression;
        this.join = join;
    }

    String expression() {
        return expression;
    }

    String join() {
        return join;
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
