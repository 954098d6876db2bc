package org.socialprescribing.e2e.browser;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a browser journey needs to exist before it starts, made through the public API with real
 * Keycloak tokens (password grant on the sp-cli client), as another party would have made it.
 */
final class ApiSetup {
    private static final String REALM =
            System.getProperty("sp.keycloak.url", "http://127.0.0.1:8180")
                    + "/realms/social-prescribing";

    private ApiSetup() {}

    static RequestSpecification as(String username) {
        String token =
                given().contentType(ContentType.URLENC)
                        .formParam("grant_type", "password")
                        .formParam("client_id", "sp-cli")
                        .formParam("username", username)
                        .formParam("password", "demo")
                        .post(REALM + "/protocol/openid-connect/token")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("access_token");
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A referral of practice A81001; with no practitioner it waits for triage. */
    static String refer(String familyName, String therapyCode, String practitionerId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("practiceOdsCode", "A81001");
        body.put("referrer", Map.of("name", "Dr A Patel"));
        body.put(
                "patient",
                Map.of(
                        "nhsNumber", "9912003888",
                        "givenName", "Jo",
                        "familyName", familyName,
                        "birthDate", "1958-06-14"));
        body.put("conditions", List.of(Map.of("text", "Neck pain", "category", "MSK")));
        if (therapyCode != null) {
            body.put("therapyCode", therapyCode);
        }
        if (practitionerId != null) {
            body.put("practitionerId", practitionerId);
        }
        body.put("reason", "Neck pain after a fall");
        body.put("urgency", "ROUTINE");
        body.put("consent", Map.of("referralAgreed", true, "shareOutcomesWithGp", true));
        return as("gp.a81001")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body)
                .post("/api/v1/referrals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A prior-approval scheme of the demo ICB for acupuncture at A81001; returns its id. */
    static String priorApprovalScheme(String name) {
        Map<String, Object> scheme = new LinkedHashMap<>();
        scheme.put("funderCode", "QHM");
        scheme.put("name", name);
        scheme.put("route", "PRIOR_APPROVAL");
        scheme.put("sessionFeePence", 3500);
        scheme.put("maxSessions", 6);
        scheme.put("validFrom", LocalDate.now().minusDays(1).toString());
        scheme.put("validTo", LocalDate.now().plusYears(1).toString());
        scheme.put("budgetPence", 500_000);
        scheme.put("therapyCodes", List.of("ACUPUNCTURE"));
        scheme.put("practiceOdsCodes", List.of("A81001"));
        as("commissioner.icb").body(scheme).post("/api/v1/funding-schemes").then().statusCode(201);
        List<Map<String, Object>> schemes =
                as("commissioner.icb")
                        .queryParam("funder", "QHM")
                        .get("/api/v1/funding-schemes")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("");
        return schemes.stream()
                .filter(s -> name.equals(s.get("name")))
                .map(s -> (String) s.get("id"))
                .findFirst()
                .orElseThrow();
    }

    /** The referrer asks the scheme to fund the referral; it awaits the commissioner's approval. */
    static void requestFunding(String referralId, String schemeId, String justification) {
        as("gp.a81001")
                .body(Map.of("schemeId", schemeId, "clinicalJustification", justification))
                .post("/api/v1/referrals/" + referralId + "/funding")
                .then()
                .statusCode(201);
    }

    /** The therapy codes the commissioner's activity report already counts referrals for. */
    static List<String> therapiesInTheActivityReport() {
        return as("commissioner.icb")
                .queryParam("groupBy", "THERAPY")
                .get("/api/v1/reports/activity")
                .then()
                .statusCode(200)
                .extract()
                .path("rows.group.THERAPY");
    }

    /** The catalogue: code to name. */
    static Map<String, String> therapyNames() {
        List<Map<String, Object>> therapies =
                as("gp.a81001").get("/api/v1/therapies").then().statusCode(200).extract().path("");
        Map<String, String> names = new LinkedHashMap<>();
        therapies.forEach(t -> names.put((String) t.get("code"), (String) t.get("name")));
        return names;
    }
}
