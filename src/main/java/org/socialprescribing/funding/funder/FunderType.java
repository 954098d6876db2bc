package org.socialprescribing.funding.funder;

/** Who funds. Users and older documents still say "CCG": integrated care boards replaced them. */
public enum FunderType {
    ICB(
            "Integrated care board: the NHS commissioner (replaced clinical commissioning groups,"
                    + " CCGs, in July 2022)"),
    LOCAL_AUTHORITY("Local authority (council)"),
    PUBLIC_HEALTH("Public health budget"),
    CHARITY("Charity or grant-giving trust"),
    GP_PRACTICE("GP practice income"),
    PERSONAL_HEALTH_BUDGET("The patient's personal health budget"),
    PATIENT("The patient, paying for themselves");

    private final String description;

    FunderType(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
