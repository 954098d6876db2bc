package org.socialprescribing.e2e.crash;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.socialprescribing.e2e.KeycloakTokens;

/** The demo users' tokens for this test, fetched new from Keycloak once each. */
final class Tokens {
    static final String ADMIN = "admin";
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    Tokens(String... users) {
        for (String user : users) {
            of(user);
        }
    }

    String of(String user) {
        return tokens.computeIfAbsent(user, KeycloakTokens::fresh);
    }
}
