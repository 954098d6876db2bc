package org.socialprescribing.referral.domain;

import static org.socialprescribing.referral.domain.ReferralStatus.ACCEPTED;
import static org.socialprescribing.referral.domain.ReferralStatus.AWAITING_TRIAGE;
import static org.socialprescribing.referral.domain.ReferralStatus.CANCELLED;
import static org.socialprescribing.referral.domain.ReferralStatus.COMPLETED;
import static org.socialprescribing.referral.domain.ReferralStatus.DECLINED;
import static org.socialprescribing.referral.domain.ReferralStatus.ENDED_EARLY;
import static org.socialprescribing.referral.domain.ReferralStatus.IN_TREATMENT;
import static org.socialprescribing.referral.domain.ReferralStatus.SENT;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The referral state machine, in one table: for each action, the statuses it may start from, the
 * status it leads to, and the side that may take it. Nothing else decides whether an action is
 * open.
 */
public final class ReferralLifecycle {

    public record Transition(
            ReferralAction action,
            Set<ReferralStatus> from,
            ReferralStatus to,
            Side side,
            Map<ReferralStatus, String> refusals) {
        public boolean startsFrom(ReferralStatus status) {
            return from.contains(status);
        }

        /** Why the action cannot start from a status, where the bare refusal would puzzle. */
        public Optional<String> whyNotFrom(ReferralStatus status) {
            return Optional.ofNullable(refusals.get(status));
        }
    }

    private static final Map<ReferralAction, Transition> TABLE =
            new EnumMap<>(ReferralAction.class);

    static {
        add(ReferralAction.ASSIGN, EnumSet.of(AWAITING_TRIAGE, DECLINED), SENT, Side.REFERRER);
        add(ReferralAction.ACCEPT, EnumSet.of(SENT), ACCEPTED, Side.PERFORMER);
        add(ReferralAction.DECLINE, EnumSet.of(SENT), DECLINED, Side.PERFORMER);
        add(ReferralAction.START_TREATMENT, EnumSet.of(ACCEPTED), IN_TREATMENT, Side.PERFORMER);
        add(
                ReferralAction.COMPLETE,
                EnumSet.of(IN_TREATMENT),
                COMPLETED,
                Side.PERFORMER,
                Map.of(
                        ACCEPTED,
                        "no session has been attended, so the course cannot be complete; send the"
                                + " letter as ending early (endsEarly with an endReason)"));
        add(
                ReferralAction.END_EARLY,
                EnumSet.of(ACCEPTED, IN_TREATMENT),
                ENDED_EARLY,
                Side.PERFORMER);
        add(
                ReferralAction.CANCEL,
                EnumSet.of(AWAITING_TRIAGE, SENT, ACCEPTED, DECLINED, IN_TREATMENT),
                CANCELLED,
                Side.REFERRER);
    }

    /**
     * Treatment (booking sessions, recording attendance and outcomes) is open while it can start or
     * be completed: from acceptance until the course ends.
     */
    private static final Set<ReferralStatus> TREATMENT_OPEN =
            union(
                    TABLE.get(ReferralAction.START_TREATMENT).from(),
                    TABLE.get(ReferralAction.COMPLETE).from());

    private ReferralLifecycle() {}

    private static void add(
            ReferralAction action, Set<ReferralStatus> from, ReferralStatus to, Side side) {
        add(action, from, to, side, Map.of());
    }

    private static void add(
            ReferralAction action,
            Set<ReferralStatus> from,
            ReferralStatus to,
            Side side,
            Map<ReferralStatus, String> refusals) {
        TABLE.put(action, new Transition(action, Set.copyOf(from), to, side, refusals));
    }

    public static Transition of(ReferralAction action) {
        return TABLE.get(action);
    }

    /** Whether the practitioner may deliver and record treatment in this status. */
    public static boolean treatmentOpen(ReferralStatus status) {
        return TREATMENT_OPEN.contains(status);
    }

    /** The actions a party on this side may take now, in a fixed order. */
    public static List<ReferralAction> open(ReferralStatus status, Set<Side> sides) {
        return TABLE.values().stream()
                .filter(t -> sides.contains(t.side()) && t.startsFrom(status))
                .map(Transition::action)
                .toList();
    }

    private static Set<ReferralStatus> union(Set<ReferralStatus> a, Set<ReferralStatus> b) {
        Set<ReferralStatus> all = EnumSet.noneOf(ReferralStatus.class);
        all.addAll(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
