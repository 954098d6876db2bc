package org.socialprescribing.funding.money;

import java.util.ArrayList;
import java.util.List;
import org.socialprescribing.common.error.InvalidFields;

/**
 * The arithmetic of who pays what for one session. Amounts are whole pence in a {@code long};
 * percentages are basis points in an {@code int} (10,000 = 100%). Nothing here uses floating point,
 * so the same fee and rule always give the same pennies.
 *
 * <p><b>Rounding.</b> Each funder's share is rounded down to the penny; the pennies left over go to
 * the rounding party, so the shares always add up to the fee. Route by route:
 *
 * <ul>
 *   <li>{@link FixedShares}: each share is {@code floor(fee × basisPoints / 10,000)}; the
 *       remainder, fewer pennies than there are shares, is added to the rule's rounding party. A
 *       third each of £25.00, with the patient as rounding party, is 833 + 833 + 834.
 *   <li>{@link GrantPart}: a percentage grant is {@code floor(fee × basisPoints / 10,000)}, a fixed
 *       grant is capped at the fee; the patient, as rounding party, pays the rest.
 *   <li>{@link SlidingScale}: the patient pays whole pence already (the band's contribution, capped
 *       at the fee, or nothing on means-tested benefits); the funder pays the rest.
 *   <li>{@link WholeFee} and {@link PatientPays}: one payer pays the whole fee.
 * </ul>
 *
 * <p><b>Zero shares.</b> A payer whose share comes to 0 pence is left out of the split, so a
 * patient on benefits has no patient line and a grant that covers the fee leaves none either. The
 * fee is always at least 1 penny, so some share is positive and the list is never empty.
 *
 * <p>Problems a client can cause (a badly defined scheme, missing or impossible means) are thrown
 * as {@link InvalidFields 400s naming the field}.
 */
public final class Splits {
    /** Basis points in the whole fee. */
    public static final int WHOLE = 10_000;

    /** The largest session fee a scheme may set: £1,000. */
    public static final long MAX_FEE_PENCE = 100_000;

    /** The largest household size the equivalence scale is applied to. */
    public static final int MAX_HOUSEHOLD_SIZE = 20;

    /**
     * The largest annual household income accepted: £100 million. Far above any real patient, and
     * it keeps {@code income × 10} well inside a {@code long}.
     */
    public static final long MAX_INCOME_PENCE = 10_000_000_000L;

    private Splits() {}

    /** Refuses a session fee outside 1 penny to £1,000, naming the scheme's fee field. */
    public static void validateFee(long feePence) {
        if (feePence < 1 || feePence > MAX_FEE_PENCE) {
            throw InvalidFields.of(
                    "sessionFeePence",
                    "must be from 1 to " + MAX_FEE_PENCE + " pence (£1,000); got " + feePence);
        }
    }

    /**
     * Validates the rule: the things a client can get wrong when defining a scheme. Fields are
     * named "split" (the rule itself), "split.funderCode", "split.shares", "split.roundingParty",
     * "split.fixedPence", "split.basisPoints" and "split.bands".
     */
    public static void validate(SplitRule rule) {
        if (rule == null) {
            throw InvalidFields.of("split", "is required");
        }
        if (rule instanceof WholeFee whole) {
            SplitValidation.requireFunderCode(whole.funderCode());
        } else if (rule instanceof GrantPart grant) {
            SplitValidation.validateGrant(grant);
        } else if (rule instanceof SlidingScale scale) {
            SplitValidation.requireFunderCode(scale.funderCode());
            SplitValidation.orderedBands(scale.bands());
        } else if (rule instanceof FixedShares fixed) {
            SplitValidation.validateShares(fixed);
        }
        // PatientPays has nothing to get wrong.
    }

    /**
     * The per-session split. Means may be null except for {@link SlidingScale}, which refuses
     * missing or incomplete means (field "means", "means.annualHouseholdIncomePence" or
     * "means.householdSize").
     */
    public static SessionSplit split(long feePence, SplitRule rule, Means means) {
        validateFee(feePence);
        validate(rule);
        if (rule instanceof WholeFee whole) {
            return of(feePence, new Share(Payer.funder(whole.funderCode()), feePence));
        }
        if (rule instanceof GrantPart grant) {
            long granted = granted(feePence, grant);
            return of(
                    feePence,
                    new Share(Payer.funder(grant.funderCode()), granted),
                    new Share(Payer.patient(), feePence - granted));
        }
        if (rule instanceof SlidingScale scale) {
            IncomeBand band = band(scale.bands(), means);
            long patient =
                    means.receivesMeansTestedBenefits()
                            ? 0
                            : Math.min(band.contributionPence(), feePence);
            return of(
                    feePence,
                    new Share(Payer.funder(scale.funderCode()), feePence - patient),
                    new Share(Payer.patient(), patient));
        }
        if (rule instanceof FixedShares fixed) {
            return fixedShares(feePence, fixed);
        }
        if (rule instanceof PatientPays) {
            return of(feePence, new Share(Payer.patient(), feePence));
        }
        throw new IllegalStateException("no arithmetic for " + rule);
    }

    /**
     * Which band applies.
     *
     * <p>On means-tested benefits: the band with the lowest contribution, which (as contributions
     * may not fall as income rises) is the first band by income; the band is reported for the
     * record, but {@link #split} charges such a patient nothing whatever its contribution.
     *
     * <p>Otherwise: the first band, ordered by maximum income ascending with the open-ended band
     * last, whose maximum is at least the {@link #equivalisedIncomePence equivalised income}. Bands
     * may be given in any order; a maximum is inclusive.
     */
    public static IncomeBand band(List<IncomeBand> bands, Means means) {
        List<IncomeBand> ordered = SplitValidation.orderedBands(bands);
        SplitValidation.validateMeans(means);
        if (means.receivesMeansTestedBenefits()) {
            return ordered.get(0);
        }
        long equivalised =
                equivalisedIncomePence(means.annualHouseholdIncomePence(), means.householdSize());
        for (IncomeBand band : ordered) {
            Long max = band.maxEquivalisedIncomePence();
            if (max == null || max >= equivalised) {
                return band;
            }
        }
        throw new IllegalStateException("validated bands end with an open-ended band");
    }

    /**
     * Household income divided by the modified OECD equivalence scale, simplified to adults: 1.0
     * for the first person and 0.5 for each other member, so a couple's £30,000 counts as £20,000.
     * Worked in tenths ({@code income × 10 / (10 + 5 × (size − 1))}) and rounded down to the penny.
     */
    public static long equivalisedIncomePence(long annualHouseholdIncomePence, int householdSize) {
        long scaleInTenths = 10 + 5L * (householdSize - 1);
        return Math.multiplyExact(annualHouseholdIncomePence, 10) / scaleInTenths;
    }

    private static long granted(long feePence, GrantPart grant) {
        if (grant.fixedPence() != null) {
            return Math.min(grant.fixedPence(), feePence);
        }
        if (grant.basisPoints() != null) {
            return proportion(feePence, grant.basisPoints());
        }
        return feePence;
    }

    private static SessionSplit fixedShares(long feePence, FixedShares rule) {
        List<FixedShare> fixed = rule.shares();
        long[] pence = new long[fixed.size()];
        long allocated = 0;
        int roundingIndex = -1;
        for (int i = 0; i < fixed.size(); i++) {
            pence[i] = proportion(feePence, fixed.get(i).basisPoints());
            allocated += pence[i];
            if (fixed.get(i).payer().equals(rule.roundingParty())) {
                roundingIndex = i;
            }
        }
        pence[roundingIndex] += feePence - allocated;
        List<Share> shares = new ArrayList<>();
        for (int i = 0; i < fixed.size(); i++) {
            shares.add(new Share(fixed.get(i).payer(), pence[i]));
        }
        return of(feePence, shares.toArray(Share[]::new));
    }

    /** {@code floor(fee × basisPoints / 10,000)}: at most 100,000 × 10,000, far inside a long. */
    private static long proportion(long feePence, int basisPoints) {
        return feePence * basisPoints / WHOLE;
    }

    /** The split without its zero shares; the fee is positive, so at least one share remains. */
    private static SessionSplit of(long feePence, Share... shares) {
        List<Share> paying = new ArrayList<>();
        for (Share share : shares) {
            if (share.pence() > 0) {
                paying.add(share);
            }
        }
        return new SessionSplit(feePence, paying);
    }
}
