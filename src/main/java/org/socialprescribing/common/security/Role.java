package org.socialprescribing.common.security;

import java.util.Optional;

/** A caller's role and the token claim that names the organisation it acts for. */
public enum Role {
    GP(Roles.GP, "ods_code"),
    LINK_WORKER(Roles.LINK_WORKER, "pcn_code"),
    PRACTITIONER(Roles.PRACTITIONER, "practitioner_id"),
    COMMISSIONER(Roles.COMMISSIONER, "org_code"),
    ADMIN(Roles.ADMIN, null);

    private final String name;
    private final String organisationClaim;

    Role(String name, String organisationClaim) {
        this.name = name;
        this.organisationClaim = organisationClaim;
    }

    public String roleName() {
        return name;
    }

    /** The claim the role's tokens must carry; empty for admin, who acts for the service. */
    public Optional<String> organisationClaim() {
        return Optional.ofNullable(organisationClaim);
    }

    public static Optional<Role> fromName(String name) {
        for (Role role : values()) {
            if (role.name.equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
