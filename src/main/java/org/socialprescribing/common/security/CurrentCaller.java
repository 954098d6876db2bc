package org.socialprescribing.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.socialprescribing.common.error.DomainException;
import org.socialprescribing.common.error.ProblemType;

/**
 * Builds the {@link Caller} from the verified token. A token with a role but without that role's
 * organisation claim is refused rather than treated as unrestricted.
 */
@RequestScoped
public class CurrentCaller {
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public CurrentCaller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    private Caller caller;

    /** The caller of this request; refused (403) if the token carries no usable role. */
    public Caller get() {
        if (caller == null) {
            caller = build();
        }
        return caller;
    }

    private Caller build() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Map<Role, String> organisations = new EnumMap<>(Role.class);
        for (String name : identity.getRoles()) {
            Role.fromName(name)
                    .ifPresent(
                            role -> {
                                roles.add(role);
                                role.organisationClaim()
                                        .ifPresent(
                                                claim ->
                                                        organisations.put(
                                                                role, requiredClaim(role, claim)));
                            });
        }
        if (roles.isEmpty()) {
            throw new DomainException(
                    ProblemType.FORBIDDEN, "Your token carries none of this API's roles");
        }
        String userId =
                token.getSubject() != null ? token.getSubject() : identity.getPrincipal().getName();
        return new Caller(userId, roles, organisations);
    }

    private String requiredClaim(Role role, String claim) {
        Object value = token.getClaim(claim);
        String text = value == null ? "" : value.toString().trim();
        if (text.isEmpty()) {
            throw new DomainException(
                    ProblemType.ORGANISATION_CLAIM_MISSING,
                    "A " + role.roleName() + " token must carry the '" + claim + "' claim");
        }
        return text;
    }
}
