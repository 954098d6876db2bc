package org.socialprescribing.testing;

import static org.socialprescribing.testing.Api.as;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Practitioner bodies, and practitioners made for one test through the admin API. */
public final class Practitioners {
    public static final String PRACTITIONERS = "/api/v1/practitioners";

    private Practitioners() {}

    /** A practitioner with contact details; change it with put(). */
    @SafeVarargs
    public static Map<String, Object> body(
            String name,
            List<String> therapies,
            boolean accepting,
            Map<String, Object>... registrations) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("displayName", name);
        body.put("email", "practitioner@example.org");
        body.put("phone", "0191 496 0000");
        body.put("postcode", "NE1 1AA");
        body.put("location", "Newcastle upon Tyne");
        body.put("acceptingReferrals", accepting);
        body.put("therapyCodes", therapies);
        body.put("registrations", Arrays.asList(registrations));
        return body;
    }

    /** A registration with the register; registerName only for OTHER, verifiedOn may be null. */
    public static Map<String, Object> registration(
            String register, String registerName, LocalDate expiresOn, LocalDate verifiedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("register", register);
        body.put("registerName", registerName);
        body.put("number", register + "-" + ThreadLocalRandom.current().nextInt(100_000));
        body.put("expiresOn", expiresOn.toString());
        body.put("verifiedOn", verifiedOn == null ? null : verifiedOn.toString());
        return body;
    }

    /** A registration checked today and current for a year. */
    public static Map<String, Object> currentRegistration(String register) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC); // the API's clock is UTC
        return registration(register, null, today.plusYears(1), today);
    }

    /** A practitioner of its own, statutorily regulated (GOsC) and accepting referrals. */
    public static UUID regulated(String therapyCode) {
        return UUID.fromString(
                create(
                        body(
                                "Test practitioner " + UUID.randomUUID().toString().substring(0, 8),
                                List.of(therapyCode),
                                true,
                                currentRegistration("GOSC"))));
    }

    /** Adds the practitioner as admin; returns its id. */
    public static String create(Map<String, Object> body) {
        return create(TestTokens.admin(), body);
    }

    /** Adds the practitioner with the given admin token; returns its id. */
    public static String create(String adminToken, Map<String, Object> body) {
        return as(adminToken)
                .body(body)
                .post(PRACTITIONERS)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("id");
    }
}
