package org.socialprescribing.referral.domain;

import java.util.Set;
import org.socialprescribing.common.security.Role;

/**
 * The two parties to a referral. Every status change belongs to one side only: the referrer (the
 * practice's GP or the network's link worker) or the performer (the practitioner it was sent to).
 */
public enum Side {
    REFERRER(Set.of(Role.GP, Role.LINK_WORKER)),
    PERFORMER(Set.of(Role.PRACTITIONER));

    private final Set<Role> roles;

    Side(Set<Role> roles) {
        this.roles = roles;
    }

    public boolean includes(Role role) {
        return roles.contains(role);
    }
}
