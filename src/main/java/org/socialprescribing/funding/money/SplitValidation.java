package org.socialprescribing.funding.money;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.socialprescribing.common.error.InvalidFields;

/**
 * What a client can get wrong in a split rule or in a patient's means, each refused as a 400 that
 * names the field ("split.shares", "split.bands", "means.householdSize"…).
 */
final class SplitValidation {
    private static final long MAX_FEE_PENCE = Splits.MAX_FEE_PENCE;
    private static final int WHOLE = Splits.WHOLE;

    private SplitValidation() {}

    static void requireFunderCode(String funderCode) {
        if (funderCode == null || funderCode.isBlank()) {
            throw InvalidFields.of("split.funderCode", "is required: the funder that pays");
        }
    }

    static void validateGrant(GrantPart grant) {
        requireFunderCode(grant.funderCode());
        if (grant.fixedPence() != null && grant.basisPoints() != null) {
            throw InvalidFields.of(
                    "split.fixedPence",
                    "give a fixed amount or a percentage (basisPoints) for the grant, not both");
        }
        if (grant.fixedPence() != null
                && (grant.fixedPence() < 1 || grant.fixedPence() > MAX_FEE_PENCE)) {
            throw InvalidFields.of(
                    "split.fixedPence",
                    "must be from 1 to " + MAX_FEE_PENCE + " pence per session");
        }
        if (grant.basisPoints() != null
                && (grant.basisPoints() < 1 || grant.basisPoints() > WHOLE)) {
            throw InvalidFields.of(
                    "split.basisPoints", "must be from 1 to 10000 basis points (0.01% to 100%)");
        }
    }

    static void validateShares(FixedShares rule) {
        List<FixedShare> shares = rule.shares();
        if (shares == null || shares.isEmpty()) {
            throw InvalidFields.of("split.shares", "must name at least one payer");
        }
        Set<Payer> payers = new HashSet<>();
        long total = 0;
        for (int i = 0; i < shares.size(); i++) {
            FixedShare share = shares.get(i);
            String which = "share " + (i + 1);
            if (share == null || share.payer() == null) {
                throw InvalidFields.of("split.shares", which + " names no payer");
            }
            Payer payer = share.payer();
            if (!payer.isPatient() && payer.funderCode().isBlank()) {
                throw InvalidFields.of("split.shares", which + " names a funder with a blank code");
            }
            if (share.basisPoints() < 1 || share.basisPoints() > WHOLE) {
                throw InvalidFields.of(
                        "split.shares",
                        which + " must be from 1 to 10000 basis points (0.01% to 100%)");
            }
            if (!payers.add(payer)) {
                throw InvalidFields.of("split.shares", payer + " has more than one share");
            }
            total += share.basisPoints();
        }
        if (total != WHOLE) {
            throw InvalidFields.of(
                    "split.shares",
                    "basis points must add up to exactly 10000 (100%); they add up to " + total);
        }
        if (rule.roundingParty() == null) {
            throw InvalidFields.of(
                    "split.roundingParty",
                    "is required: it receives the pennies left over after rounding down");
        }
        if (!payers.contains(rule.roundingParty())) {
            throw InvalidFields.of(
                    "split.roundingParty",
                    "must be one of the shares' payers; " + rule.roundingParty() + " has no share");
        }
    }

    /**
     * Checks the bands and returns them by maximum income, open-ended last. Every income must fall
     * in a band, so there is exactly one open-ended band; and as a sliding scale rises with income,
     * contributions may not fall from one band to the next.
     */
    static List<IncomeBand> orderedBands(List<IncomeBand> bands) {
        if (bands == null || bands.isEmpty()) {
            throw InvalidFields.of("split.bands", "must hold at least one income band");
        }
        checkEachBand(bands);
        List<IncomeBand> ordered = new ArrayList<>(bands);
        ordered.sort(
                Comparator.comparing(
                        IncomeBand::maxEquivalisedIncomePence,
                        Comparator.nullsLast(Comparator.naturalOrder())));
        for (int i = 1; i < ordered.size(); i++) {
            IncomeBand lower = ordered.get(i - 1);
            IncomeBand higher = ordered.get(i);
            if (higher.contributionPence() < lower.contributionPence()) {
                throw InvalidFields.of(
                        "split.bands",
                        "contributions may not fall as income rises: band "
                                + higher.code()
                                + " asks less than band "
                                + lower.code());
            }
        }
        return ordered;
    }

    /** Codes unique, contributions in range, maxima distinct, and one open-ended band. */
    private static void checkEachBand(List<IncomeBand> bands) {
        Set<String> codes = new HashSet<>();
        Set<Long> maxima = new HashSet<>();
        int openEnded = 0;
        for (IncomeBand band : bands) {
            if (band == null || band.code() == null || band.code().isBlank()) {
                throw InvalidFields.of("split.bands", "every band needs a code");
            }
            if (!codes.add(band.code())) {
                throw InvalidFields.of(
                        "split.bands", "band code " + band.code() + " is used twice");
            }
            if (band.contributionPence() < 0 || band.contributionPence() > MAX_FEE_PENCE) {
                throw InvalidFields.of(
                        "split.bands",
                        "band "
                                + band.code()
                                + ": the contribution must be from 0 to "
                                + MAX_FEE_PENCE
                                + " pence");
            }
            Long max = band.maxEquivalisedIncomePence();
            if (max == null) {
                openEnded++;
            } else if (max < 0) {
                throw InvalidFields.of(
                        "split.bands",
                        "band " + band.code() + ": the maximum income cannot be negative");
            } else if (!maxima.add(max)) {
                throw InvalidFields.of(
                        "split.bands", "two bands end at the same income of " + max + " pence");
            }
        }
        if (openEnded != 1) {
            throw InvalidFields.of(
                    "split.bands",
                    "exactly one band must have no maximum income, so that every income has a"
                            + " band; found "
                            + openEnded);
        }
    }

    static void validateMeans(Means means) {
        if (means == null) {
            throw InvalidFields.of(
                    "means",
                    "is required for a sliding-scale scheme: benefits, or household income and"
                            + " size");
        }
        if (means.receivesMeansTestedBenefits()) {
            return;
        }
        Long income = means.annualHouseholdIncomePence();
        if (income == null || income < 0 || income > Splits.MAX_INCOME_PENCE) {
            throw InvalidFields.of(
                    "means.annualHouseholdIncomePence",
                    "must be from 0 to "
                            + Splits.MAX_INCOME_PENCE
                            + " pence unless the patient receives means-tested benefits");
        }
        Integer size = means.householdSize();
        if (size == null || size < 1 || size > Splits.MAX_HOUSEHOLD_SIZE) {
            throw InvalidFields.of(
                    "means.householdSize",
                    "must be from 1 to "
                            + Splits.MAX_HOUSEHOLD_SIZE
                            + " unless the patient receives means-tested benefits");
        }
    }
}
