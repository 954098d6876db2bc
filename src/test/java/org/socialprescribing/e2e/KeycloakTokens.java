package org.socialprescribing.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Real access tokens from the Keycloak that the build starts (src/scripts/keycloak.sh), for the
 * demo users and the GP-system client, plus the bad tokens a real attacker could send.
 */
public final class KeycloakTokens {
    static final String KEYCLOAK = System.getProperty("sp.keycloak.url", "http://127.0.0.1:8180");
    public static final String REALM_URL = KEYCLOAK + "/realms/social-prescribing";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private KeycloakTokens() {}

    /**
     * A user's token from the public client sp-cli (password grant; every demo password is demo).
     */
    static String user(String username) {
        return CACHE.computeIfAbsent(
                "user:" + username, u -> passwordGrant(REALM_URL, "sp-cli", username));
    }

    /**
     * A new token for a user, never one from the cache: for a test that runs late in a long suite
     * and must not meet a cached token's expiry half-way.
     */
    public static String fresh(String username) {
        return passwordGrant(REALM_URL, "sp-cli", username);
    }

    /** The GP practice system's own token (client credentials). */
    static String gpSystem() {
        return CACHE.computeIfAbsent(
                "client:gp-system-a81001",
                c ->
                        token(
                                REALM_URL,
                                Map.of(
                                        "grant_type", "client_credentials",
                                        "client_id", "gp-system-a81001",
                                        "client_secret", "gp-system-demo-secret")));
    }

    /** A genuine token of this realm that has expired (its client issues 2-second tokens). */
    static String expired() {
        return CACHE.computeIfAbsent(
                "expired",
                e -> {
                    String token = passwordGrant(REALM_URL, "sp-cli-short-lived", "gp.a81001");
                    sleep(Duration.ofSeconds(4));
                    return token;
                });
    }

    /** A genuine Keycloak token, with the same role and claim names, from another realm. */
    static String fromAnotherRealm() {
        return CACHE.computeIfAbsent(
                "another-realm",
                r -> passwordGrant(KEYCLOAK + "/realms/another-realm", "sp-cli", "stranger"));
    }

    /** A token naming this realm as issuer, but signed by a key the realm does not have. */
    static String signedByAnotherKey() {
        return CACHE.computeIfAbsent("another-key", k -> forge());
    }

    private static String passwordGrant(String realmUrl, String client, String username) {
        return token(
                realmUrl,
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        client,
                        "username",
                        username,
                        "password",
                        "demo"));
    }

    private static String token(String realmUrl, Map<String, String> form) {
        String body =
                form.entrySet().stream()
                        .map(
                                e ->
                                        e.getKey()
                                                + "="
                                                + URLEncoder.encode(
                                                        e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
        try {
            HttpResponse<String> response =
                    HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json = JSON.readTree(response.body());
            if (response.statusCode() != 200 || !json.has("access_token")) {
                throw new IllegalStateException(
                        "Keycloak refused a token for " + form + ": " + response.body());
            }
            return json.get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Keycloak does not answer at "
                            + realmUrl
                            + " (is src/scripts/keycloak.sh running?)",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String forge() {
        try {
            var keys = KeyPairGenerator.getInstance("RSA");
            keys.initialize(2048);
            var pair = keys.generateKeyPair();
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("iss", REALM_URL);
            claims.put("sub", "forger");
            claims.put("aud", List.of("social-prescribing-api"));
            claims.put("exp", Instant.now().plusSeconds(600).getEpochSecond());
            claims.put("iat", Instant.now().getEpochSecond());
            claims.put("realm_access", Map.of("roles", List.of("admin", "gp")));
            claims.put("ods_code", "A81001");
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            String head =
                    b64.encodeToString(
                            JSON.writeValueAsBytes(
                                    Map.of("alg", "RS256", "typ", "JWT", "kid", "forged")));
            String body = b64.encodeToString(JSON.writeValueAsBytes(claims));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(pair.getPrivate());
            signature.update((head + "." + body).getBytes(StandardCharsets.US_ASCII));
            return head + "." + body + "." + b64.encodeToString(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException("cannot forge a token", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
