package org.socialprescribing.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, on every endpoint, a token that holds a role without the claim naming the organisation
 * it acts for: such a token is malformed, never unrestricted.
 */
public class OrganisationClaimFilter {
    private final SecurityIdentity identity;
    private final CurrentCaller caller;

    public OrganisationClaimFilter(SecurityIdentity identity, CurrentCaller caller) {
        this.identity = identity;
        this.caller = caller;
    }

    @ServerRequestFilter
    public void requireOrganisationClaim() {
        if (!identity.isAnonymous()
                && identity.getRoles().stream().anyMatch(r -> Role.fromName(r).isPresent())) {
            caller.get();
        }
    }
}
