package org.socialprescribing.e2e;

import java.util.function.Supplier;

/** Everyone who may call the API in the matrix: each demo user and client, and each bad token. */
enum Principal {
    GP_A81001("gp", () -> KeycloakTokens.user("gp.a81001")),
    GP_SYSTEM_A81001("gp", KeycloakTokens::gpSystem),
    GP_B82002("gp", () -> KeycloakTokens.user("gp.b82002")),
    LINK_WORKER_PCN1("link-worker", () -> KeycloakTokens.user("linkworker.pcn1")),
    PRACTITIONER_ACU("practitioner", () -> KeycloakTokens.user("practitioner.acu")),
    PRACTITIONER_YOGA("practitioner", () -> KeycloakTokens.user("practitioner.yoga")),
    PRACTITIONER_OSTEO("practitioner", () -> KeycloakTokens.user("practitioner.osteo")),
    PRACTITIONER_LAPSED("practitioner", () -> KeycloakTokens.user("practitioner.lapsed")),
    COMMISSIONER_ICB("commissioner", () -> KeycloakTokens.user("commissioner.icb")),
    COMMISSIONER_CHARITY("commissioner", () -> KeycloakTokens.user("commissioner.charity")),
    ADMIN("admin", () -> KeycloakTokens.user("admin")),
    /** A realm user holding none of the API's roles: 403 everywhere. */
    NO_ROLE(null, () -> KeycloakTokens.user("nobody")),
    /** A gp without the ods_code claim: refused (403), never unrestricted. */
    GP_WITHOUT_PRACTICE(null, () -> KeycloakTokens.user("gp.noorg")),
    /** Not authenticated: 401 everywhere. */
    ANONYMOUS(null, () -> null),
    EXPIRED_TOKEN(null, KeycloakTokens::expired),
    TOKEN_FROM_ANOTHER_REALM(null, KeycloakTokens::fromAnotherRealm),
    TOKEN_SIGNED_BY_ANOTHER_KEY(null, KeycloakTokens::signedByAnotherKey);

    private final String role;
    private final Supplier<String> token;

    Principal(String role, Supplier<String> token) {
        this.role = role;
        this.token = token;
    }

    /** The API role this principal validly holds, or null for the refused ones. */
    String role() {
        return role;
    }

    String token() {
        return token.get();
    }

    /** What the API must answer this principal where nothing more specific is said. */
    int refusal() {
        return switch (this) {
            case ANONYMOUS, EXPIRED_TOKEN, TOKEN_FROM_ANOTHER_REALM, TOKEN_SIGNED_BY_ANOTHER_KEY ->
                    401;
            default -> 403;
        };
    }
}
