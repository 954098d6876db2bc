package org.socialprescribing.funding.scheme;

import java.util.List;
import org.socialprescribing.common.error.InvalidFields;
import org.socialprescribing.funding.money.FixedShare;
import org.socialprescribing.funding.money.FixedShares;
import org.socialprescribing.funding.money.GrantPart;
import org.socialprescribing.funding.money.IncomeBand;
import org.socialprescribing.funding.money.PatientPays;
import org.socialprescribing.funding.money.Payer;
import org.socialprescribing.funding.money.SlidingScale;
import org.socialprescribing.funding.money.SplitRule;
import org.socialprescribing.funding.money.WholeFee;

/** A scheme's route and split definition, as the money arithmetic's rule. */
public final class SplitRules {
    private SplitRules() {}

    public static SplitRule of(SchemeRoute route, String funderCode, SplitDefinition split) {
        SplitDefinition definition =
                split == null ? new SplitDefinition(null, null, null, null, null) : split;
        return switch (route) {
            case COMMISSIONED, PRIOR_APPROVAL, PERSONAL_HEALTH_BUDGET -> new WholeFee(funderCode);
            case CHARITY_GRANT ->
                    new GrantPart(
                            funderCode,
                            definition.grantPencePerSession(),
                            definition.grantBasisPoints());
            case SLIDING_SCALE ->
                    new SlidingScale(
                            funderCode,
                            required(definition.incomeBands(), "split.incomeBands").stream()
                                    .map(
                                            b ->
                                                    new IncomeBand(
                                                            b.code(),
                                                            b.maxEquivalisedIncomePence(),
                                                            b.contributionPence()))
                                    .toList());
            case SPLIT ->
                    new FixedShares(
                            required(definition.shares(), "split.shares").stream()
                                    .map(s -> new FixedShare(payer(s.payer()), s.basisPoints()))
                                    .toList(),
                            payer(required(definition.roundingParty(), "split.roundingParty")));
            case SELF_FUNDED -> new PatientPays();
        };
    }

    /** "PATIENT" or a funder's code. */
    public static Payer payer(String code) {
        return SplitDefinition.PATIENT.equals(code) ? Payer.patient() : Payer.funder(code);
    }

    public static String code(Payer payer) {
        return payer.isPatient() ? SplitDefinition.PATIENT : payer.funderCode();
    }

    private static <T> T required(T value, String field) {
        if (value == null || (value instanceof List<?> list && list.isEmpty())) {
            throw InvalidFields.of(field, "is needed for this route");
        }
        return value;
    }
}
