package org.socialprescribing.common.security;

/** Keycloak realm roles, as used in {@code @RolesAllowed}. */
public final class Roles {
    public static final String GP = "gp";
    public static final String LINK_WORKER = "link-worker";
    public static final String PRACTITIONER = "practitioner";
    public static final String COMMISSIONER = "commissioner";
    public static final String ADMIN = "admin";

    private Roles() {}
}
