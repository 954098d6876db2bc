package org.socialprescribing.referral.domain;

import java.util.Optional;

/**
 * The lifecycle actions. Each has the name clients see in {@code allowedActions}: most are a {@code
 * POST /referrals/{id}/{name}}; completing or ending early happens by sending the treatment-summary
 * letter ({@code send-letter}); treatment starts by itself with the first attended session, so it
 * is never offered.
 */
public enum ReferralAction {
    ASSIGN("assign"),
    ACCEPT("accept"),
    DECLINE("decline"),
    START_TREATMENT(null),
    COMPLETE("send-letter"),
    END_EARLY("send-letter"),
    CANCEL("cancel");

    private final String offeredAs;

    ReferralAction(String offeredAs) {
        this.offeredAs = offeredAs;
    }

    /** The name in the referral's history: "start-treatment", "end-early"… */
    public String historyName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The name in {@code allowedActions}, or empty for an action the system takes by itself. */
    public Optional<String> offeredAs() {
        return Optional.ofNullable(offeredAs);
    }
}
