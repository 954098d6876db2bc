package org.socialprescribing.referral.domain;

import java.util.Optional;

/** The actions on a referral, as they appear in URLs and in {@code allowedActions}. */
public enum ReferralAction {
    ASSIGN("assign"),
    ACCEPT("accept"),
    DECLINE("decline"),
    START_TREATMENT("start-treatment"),
    COMPLETE("complete"),
    END_EARLY("end-early"),
    CANCEL("cancel");

    private final String pathName;

    ReferralAction(String pathName) {
        this.pathName = pathName;
    }

    public String pathName() {
        return pathName;
    }

    public static Optional<ReferralAction> fromPath(String name) {
        for (ReferralAction action : values()) {
            if (action.pathName.equals(name)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
