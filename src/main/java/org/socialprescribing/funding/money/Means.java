package org.socialprescribing.funding.money;

/**
 * The patient's means, holding only what the calculation needs: not the benefits' names, not the
 * household's members. Income and household size may be null when the patient receives means-tested
 * benefits, since the contribution is then nothing whatever they are.
 */
public record Means(
        boolean receivesMeansTestedBenefits,
        Long annualHouseholdIncomePence,
        Integer householdSize) {}
