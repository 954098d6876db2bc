package org.socialprescribing.referral.domain;

import java.util.EnumSet;
import java.util.Set;
import org.socialprescribing.common.security.Role;

/**
 * The route a referral came in by. GP referral is the main route; self-referral the second (the
 * patient asks the service or a link worker, who records it with the patient's registered practice
 * so that the GP can be told); other NHS professionals and voluntary or community organisations
 * also refer.
 */
public enum ReferralSource {
    GP_PRACTICE,
    SELF_REFERRAL,
    OTHER_NHS_PROFESSIONAL,
    VOLUNTARY_ORGANISATION;

    /**
     * Who may record a referral from this source: a GP its own practice's referrals only; a link
     * worker any route; a practitioner the routes that reach it directly, never a GP's referral
     * (which comes from the practice's own system).
     */
    public Set<Role> recordedBy() {
        return this == GP_PRACTICE
                ? EnumSet.of(Role.GP, Role.LINK_WORKER)
                : EnumSet.of(Role.LINK_WORKER, Role.PRACTITIONER);
    }

    /** Whether the referrer's role must be given: for another professional or an organisation. */
    public boolean needsReferrerRole() {
        return this == OTHER_NHS_PROFESSIONAL || this == VOLUNTARY_ORGANISATION;
    }
}
