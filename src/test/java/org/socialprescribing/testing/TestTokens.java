package org.socialprescribing.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.socialprescribing.demo.DemoData;

/**
 * Signed bearer tokens shaped like the realm's: roles in realm_access.roles, the organisation in
 * ods_code / pcn_code / practitioner_id / org_code. The API checks them exactly as it checks
 * Keycloak's (signature, issuer, expiry); only the key differs. The keys under test/resources/oidc
 * exist for tests alone and the API trusts them only in the test profile.
 */
public final class TestTokens {
    public static final String ISSUER =
            "https://test.social-prescribing.invalid/realms/social-prescribing";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PrivateKey KEY = load("/oidc/private-key.pem");
    private static final PrivateKey FOREIGN_KEY = load("/oidc/foreign-private-key.pem");

    private TestTokens() {}

    public static String gp(String odsCode) {
        return token("gp-" + odsCode, List.of("gp"), Map.of("ods_code", odsCode));
    }

    public static String linkWorker(String pcnCode) {
        return token("link-worker-" + pcnCode, List.of("link-worker"), Map.of("pcn_code", pcnCode));
    }

    public static String practitioner(UUID practitionerId) {
        return token(
                "practitioner-" + practitionerId,
                List.of("practitioner"),
                Map.of("practitioner_id", practitionerId.toString()));
    }

    public static String commissioner(String orgCode) {
        return token(
                "commissioner-" + orgCode, List.of("commissioner"), Map.of("org_code", orgCode));
    }

    public static String admin() {
        return token("admin", List.of("admin"), Map.of());
    }

    /** A token of the role acting for the demo organisation it would usually have. */
    public static String forRole(String role) {
        return switch (role) {
            case "gp" -> gp(DemoData.PRACTICE_A);
            case "link-worker" -> linkWorker(DemoData.NETWORK_1);
            case "practitioner" -> practitioner(DemoData.ACUPUNCTURIST);
            case "commissioner" -> commissioner(DemoData.ICB);
            case "admin" -> admin();
            default -> throw new IllegalArgumentException(role);
        };
    }

    public static String token(String subject, List<String> roles, Map<String, Object> claims) {
        return sign(KEY, payload(subject, roles, claims, ISSUER, Instant.now().plusSeconds(600)));
    }

    public static String expired(String odsCode) {
        return sign(
                KEY,
                payload(
                        "gp-" + odsCode,
                        List.of("gp"),
                        Map.of("ods_code", odsCode),
                        ISSUER,
                        Instant.now().minusSeconds(3600)));
    }

    public static String signedByAnotherKey(String odsCode) {
        return sign(
                FOREIGN_KEY,
                payload(
                        "gp-" + odsCode,
                        List.of("gp"),
                        Map.of("ods_code", odsCode),
                        ISSUER,
                        Instant.now().plusSeconds(600)));
    }

    public static String fromAnotherRealm(String odsCode) {
        return sign(
                KEY,
                payload(
                        "gp-" + odsCode,
                        List.of("gp"),
                        Map.of("ods_code", odsCode),
                        "https://test.social-prescribing.invalid/realms/another-realm",
                        Instant.now().plusSeconds(600)));
    }

    public static String forAnotherAudience(String odsCode) {
        Map<String, Object> payload =
                payload(
                        "gp-" + odsCode,
                        List.of("gp"),
                        Map.of("ods_code", odsCode),
                        ISSUER,
                        Instant.now().plusSeconds(600));
        payload.put("aud", List.of("some-other-api"));
        return sign(KEY, payload);
    }

    private static Map<String, Object> payload(
            String subject,
            List<String> roles,
            Map<String, Object> claims,
            String issuer,
            Instant expiry) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("iss", issuer);
        payload.put("sub", subject);
        payload.put("aud", List.of("social-prescribing-api", "account"));
        payload.put("iat", expiry.minusSeconds(900).getEpochSecond());
        payload.put("exp", expiry.getEpochSecond());
        payload.put("preferred_username", subject);
        payload.put("realm_access", Map.of("roles", roles));
        payload.putAll(claims);
        return payload;
    }

    private static String sign(PrivateKey key, Map<String, Object> payload) {
        try {
            String header =
                    encode(
                            JSON.writeValueAsBytes(
                                    Map.of("alg", "RS256", "typ", "JWT", "kid", "test")));
            String body = encode(JSON.writeValueAsBytes(payload));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update((header + "." + body).getBytes(StandardCharsets.US_ASCII));
            return header + "." + body + "." + encode(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign a test token", e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static PrivateKey load(String resource) {
        try (InputStream in = TestTokens.class.getResourceAsStream(resource)) {
            String pem =
                    new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                            .replaceAll("-----[A-Z ]+-----", "")
                            .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot load " + resource, e);
        }
    }
}
