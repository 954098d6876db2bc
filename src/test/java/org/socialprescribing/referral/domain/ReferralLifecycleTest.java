package org.socialprescribing.referral.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialprescribing.referral.domain.ReferralAction.ACCEPT;
import static org.socialprescribing.referral.domain.ReferralAction.ASSIGN;
import static org.socialprescribing.referral.domain.ReferralAction.CANCEL;
import static org.socialprescribing.referral.domain.ReferralAction.COMPLETE;
import static org.socialprescribing.referral.domain.ReferralAction.DECLINE;
import static org.socialprescribing.referral.domain.ReferralAction.END_EARLY;
import static org.socialprescribing.referral.domain.ReferralAction.START_TREATMENT;
import static org.socialprescribing.referral.domain.ReferralStatus.ACCEPTED;
import static org.socialprescribing.referral.domain.ReferralStatus.AWAITING_TRIAGE;
import static org.socialprescribing.referral.domain.ReferralStatus.CANCELLED;
import static org.socialprescribing.referral.domain.ReferralStatus.COMPLETED;
import static org.socialprescribing.referral.domain.ReferralStatus.DECLINED;
import static org.socialprescribing.referral.domain.ReferralStatus.ENDED_EARLY;
import static org.socialprescribing.referral.domain.ReferralStatus.IN_TREATMENT;
import static org.socialprescribing.referral.domain.ReferralStatus.SENT;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The transition table, spelt out: every action from every status, and which side owns it. */
class ReferralLifecycleTest {

    private static final Map<ReferralAction, Set<ReferralStatus>> ALLOWED_FROM =
            Map.of(
                    ASSIGN, EnumSet.of(AWAITING_TRIAGE, DECLINED),
                    ACCEPT, EnumSet.of(SENT),
                    DECLINE, EnumSet.of(SENT),
                    START_TREATMENT, EnumSet.of(ACCEPTED),
                    COMPLETE, EnumSet.of(IN_TREATMENT),
                    END_EARLY, EnumSet.of(ACCEPTED, IN_TREATMENT),
                    CANCEL, EnumSet.of(AWAITING_TRIAGE, SENT, ACCEPTED, DECLINED, IN_TREATMENT));

    private static final Map<ReferralAction, ReferralStatus> LEADS_TO =
            Map.of(
                    ASSIGN,
                    SENT,
                    ACCEPT,
                    ACCEPTED,
                    DECLINE,
                    DECLINED,
                    START_TREATMENT,
                    IN_TREATMENT,
                    COMPLETE,
                    COMPLETED,
                    END_EARLY,
                    ENDED_EARLY,
                    CANCEL,
                    CANCELLED);

    @ParameterizedTest
    @EnumSource(ReferralAction.class)
    void eachActionStartsOnlyFromItsStatusesAndLeadsToOne(ReferralAction action) {
        ReferralLifecycle.Transition transition = ReferralLifecycle.of(action);
        for (ReferralStatus status : ReferralStatus.values()) {
            assertEquals(
                    ALLOWED_FROM.get(action).contains(status),
                    transition.startsFrom(status),
                    action + " from " + status);
        }
        assertEquals(LEADS_TO.get(action), transition.to());
    }

    @Test
    void eachStatusChangeBelongsToOneSideOnly() {
        for (ReferralAction action : List.of(ASSIGN, CANCEL)) {
            assertEquals(Side.REFERRER, ReferralLifecycle.of(action).side(), action.name());
        }
        for (ReferralAction action :
                List.of(ACCEPT, DECLINE, START_TREATMENT, COMPLETE, END_EARLY)) {
            assertEquals(Side.PERFORMER, ReferralLifecycle.of(action).side(), action.name());
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = ReferralStatus.class,
            names = {"COMPLETED", "ENDED_EARLY", "CANCELLED"})
    void nothingIsOpenOnAFinishedReferral(ReferralStatus status) {
        assertEquals(List.of(), ReferralLifecycle.open(status, EnumSet.allOf(Side.class)));
    }

    @Test
    void aSentReferralOffersTheReferrerCancelAndThePerformerAcceptOrDecline() {
        assertEquals(List.of(CANCEL), ReferralLifecycle.open(SENT, EnumSet.of(Side.REFERRER)));
        assertEquals(
                List.of(ACCEPT, DECLINE), ReferralLifecycle.open(SENT, EnumSet.of(Side.PERFORMER)));
        assertEquals(List.of(), ReferralLifecycle.open(SENT, EnumSet.noneOf(Side.class)));
    }

    @Test
    void aDeclinedReferralCanBeSentAgainOrCancelled() {
        assertEquals(
                List.of(ASSIGN, CANCEL),
                ReferralLifecycle.open(DECLINED, EnumSet.of(Side.REFERRER)));
    }
}
