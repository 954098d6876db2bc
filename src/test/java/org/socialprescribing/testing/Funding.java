package org.socialprescribing.testing;

import static org.socialprescribing.testing.Api.as;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Funding schemes and plans through the API, for tests of the payment routes. */
public final class Funding {
    private Funding() {}

    /** A scheme of the demo ICB for acupuncture at practice A81001; change it with put(). */
    public static Map<String, Object> scheme(
            String route, long feePence, int maxSessions, long budgetPence) {
        Map<String, Object> body = new HashMap<>();
        body.put("funderCode", "QHM");
        body.put("name", route + " test scheme");
        body.put("route", route);
        body.put("sessionFeePence", feePence);
        body.put("maxSessions", maxSessions);
        body.put("validFrom", LocalDate.now().minusMonths(1).toString());
        body.put("validTo", LocalDate.now().plusMonths(11).toString());
        body.put("budgetPence", budgetPence);
        body.put("therapyCodes", List.of("ACUPUNCTURE"));
        body.put("practiceOdsCodes", List.of("A81001"));
        return body;
    }

    /** A charity's grant towards each £30 session at A81001 (the patient pays the rest). */
    public static Map<String, Object> charityGrant(
            String charityCode, long grantPencePerSession, long budgetPence) {
        Map<String, Object> body = scheme("CHARITY_GRANT", 3000, 6, budgetPence);
        body.put("funderCode", charityCode);
        body.put("split", Map.of("grantPencePerSession", grantPencePerSession));
        return body;
    }

    /** A funder of the given type (ICB, CHARITY...). */
    public static Map<String, Object> funder(String code, String name, String type) {
        return Map.of("code", code, "name", name, "type", type);
    }

    public static String create(Map<String, Object> scheme) {
        return create(TestTokens.admin(), scheme);
    }

    /** Defines the scheme with the given token (an admin's or the funder's commissioner's). */
    public static String create(String token, Map<String, Object> scheme) {
        return as(token)
                .body(scheme)
                .post("/api/v1/funding-schemes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static Response fund(String token, String referralId, Map<String, Object> request) {
        return as(token).body(request).post("/api/v1/referrals/" + referralId + "/funding");
    }

    public static Map<String, Object> request(String schemeId) {
        Map<String, Object> body = new HashMap<>();
        body.put("schemeId", schemeId);
        return body;
    }

    public static long remaining(String schemeId) {
        return ((Number)
                        as(TestTokens.admin())
                                .get("/api/v1/funding-schemes/" + schemeId)
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("remainingPence"))
                .longValue();
    }
}
