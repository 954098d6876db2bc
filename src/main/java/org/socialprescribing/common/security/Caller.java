package org.socialprescribing.common.security;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: the user (or system client), its roles, and for each role the organisation it
 * acts for (practice ODS code, network code, practitioner id or funder code).
 */
public record Caller(String userId, Set<Role> roles, Map<Role, String> organisations) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The organisation the caller acts for in this role; present whenever the role is. */
    public Optional<String> organisation(Role role) {
        return Optional.ofNullable(organisations.get(role));
    }

    /** The role recorded in audit and history: the first the caller holds, in a fixed order. */
    public Role primaryRole() {
        for (Role role : Role.values()) {
            if (roles.contains(role)) {
                return role;
            }
        }
        throw new IllegalStateException("caller without a role");
    }

    public String primaryOrganisation() {
        return organisations.get(primaryRole());
    }
}
