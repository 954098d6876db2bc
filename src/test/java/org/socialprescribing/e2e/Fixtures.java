package org.socialprescribing.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Fresh records for one matrix cell, made through the API with real tokens. */
final class Fixtures {
    static final String ACUPUNCTURIST = "6f1c2a10-5b7e-4c1d-9a01-000000000001";
    static final String YOGA_TEACHER = "6f1c2a10-5b7e-4c1d-9a01-000000000002";

    private Fixtures() {}

    static String awaitingTriage() {
        return refer(referral(null));
    }

    static String sentToAcupuncturist() {
        return refer(referral(ACUPUNCTURIST));
    }

    static String acceptedByAcupuncturist() {
        String id = sentToAcupuncturist();
        act(KeycloakTokens.user("practitioner.acu"), id, "accept", Map.of());
        return id;
    }

    static String inTreatmentWithAcupuncturist() {
        String id = acceptedByAcupuncturist();
        attend(id, pastSession(id), "ATTENDED");
        return id;
    }

    /** A session booked an hour ago, attendance not yet recorded; returns its id. */
    static String pastSession(String referralId) {
        return given().auth()
                .oauth2(KeycloakTokens.user("practitioner.acu"))
                .contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "scheduledAt",
                                java.time.Instant.now().minusSeconds(3600).toString(),
                                "durationMinutes",
                                45,
                                "format",
                                "INDIVIDUAL",
                                "mode",
                                "REMOTE"))
                .post("/api/v1/referrals/" + referralId + "/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static void attend(String referralId, String sessionId, String attendance) {
        given().auth()
                .oauth2(KeycloakTokens.user("practitioner.acu"))
                .contentType(ContentType.JSON)
                .body(Map.of("attendance", attendance))
                .post("/api/v1/referrals/" + referralId + "/sessions/" + sessionId + "/attendance")
                .then()
                .statusCode(200);
    }

    static Map<String, Object> letter() {
        return Map.of("summaryOfTreatment", "Six sessions", "recommendation", "STOP");
    }

    /** In treatment, with a draft letter ready to send. */
    static String withDraftLetter() {
        String id = inTreatmentWithAcupuncturist();
        given().auth()
                .oauth2(KeycloakTokens.user("practitioner.acu"))
                .contentType(ContentType.JSON)
                .body(letter())
                .post("/api/v1/referrals/" + id + "/letter")
                .then()
                .statusCode(201);
        return id;
    }

    /** Completed: the letter is in practice A81001's inbox. */
    static String completedCourse() {
        String id = withDraftLetter();
        given().auth()
                .oauth2(KeycloakTokens.user("practitioner.acu"))
                .post("/api/v1/referrals/" + id + "/letter/send")
                .then()
                .statusCode(200);
        return id;
    }

    /** The id of a sent treatment-summary letter of practice A81001. */
    static String sentLetter() {
        return given().auth()
                .oauth2(KeycloakTokens.user("gp.a81001"))
                .get("/api/v1/referrals/" + completedCourse() + "/letter")
                .then()
                .statusCode(200)
                .extract()
                .path("letterId");
    }

    /** An inbox item of practice A81001 (a safety alert on one of its referrals). */
    static String inboxItem() {
        String id = sentToAcupuncturist();
        given().auth()
                .oauth2(KeycloakTokens.user("practitioner.acu"))
                .contentType(ContentType.JSON)
                .body(safetyAlert())
                .post("/api/v1/referrals/" + id + "/safety-alerts")
                .then()
                .statusCode(201);
        return given().auth()
                .oauth2(KeycloakTokens.user("gp.a81001"))
                .queryParam("referralId", id)
                .get("/api/v1/inbox")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
    }

    static Map<String, Object> safetyAlert() {
        return Map.of(
                "severity", "LOW", "whatHappened", "Mild bruising", "actionTaken", "Advice given");
    }

    /** A funding scheme of the demo ICB (or the charity) covering acupuncture at A81001. */
    static Map<String, Object> scheme(String funder, String route) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("funderCode", funder);
        body.put("name", "Matrix scheme");
        body.put("route", route);
        body.put("sessionFeePence", 3000);
        body.put("maxSessions", 6);
        body.put("validFrom", LocalDate.now().minusDays(1).toString());
        body.put("validTo", LocalDate.now().plusYears(1).toString());
        body.put("budgetPence", 1_000_000);
        body.put("therapyCodes", List.of("ACUPUNCTURE"));
        body.put("practiceOdsCodes", List.of("A81001"));
        if (route.equals("CHARITY_GRANT")) {
            body.put("split", Map.of("grantPencePerSession", 1000));
        }
        return body;
    }

    static String newScheme(String funder, String route) {
        return given().auth()
                .oauth2(KeycloakTokens.user("admin"))
                .contentType(ContentType.JSON)
                .body(scheme(funder, route))
                .post("/api/v1/funding-schemes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A referral sent to the acupuncturist and funded under a new scheme; returns the plan id. */
    static String fundedPlan(String referralId, String funder, String route) {
        return given().auth()
                .oauth2(KeycloakTokens.user("gp.a81001"))
                .contentType(ContentType.JSON)
                .body(Map.of("schemeId", newScheme(funder, route)))
                .post("/api/v1/referrals/" + referralId + "/funding")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** An attended, charity-funded session: returns {referral id, the patient's charge line id}. */
    static String[] patientCharge() {
        String id = sentToAcupuncturist();
        fundedPlan(id, "CH1100001", "CHARITY_GRANT");
        act(KeycloakTokens.user("practitioner.acu"), id, "accept", Map.of());
        attend(id, pastSession(id), "ATTENDED");
        String line =
                given().auth()
                        .oauth2(KeycloakTokens.user("gp.a81001"))
                        .get("/api/v1/referrals/" + id + "/charges")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("lines.find { it.payer == 'PATIENT' }.id");
        return new String[] {id, line};
    }

    static Map<String, Object> outcome() {
        return Map.of(
                "measure",
                "GAD7",
                "timePoint",
                "BASELINE",
                "completedOn",
                LocalDate.now().toString(),
                "answers",
                List.of(1, 1, 1, 1, 1, 1, 1));
    }

    static String newTherapy() {
        String code = therapyCode();
        given().auth()
                .oauth2(KeycloakTokens.user("admin"))
                .contentType(ContentType.JSON)
                .body(therapy(code))
                .post("/api/v1/therapies")
                .then()
                .statusCode(201);
        return code;
    }

    static String newPractice() {
        String ods = "E" + unique().substring(0, 7);
        given().auth()
                .oauth2(KeycloakTokens.user("admin"))
                .contentType(ContentType.JSON)
                .body(practice(ods))
                .post("/api/v1/practices")
                .then()
                .statusCode(201);
        return ods;
    }

    static String newPractitioner() {
        return given().auth()
                .oauth2(KeycloakTokens.user("admin"))
                .contentType(ContentType.JSON)
                .body(practitioner())
                .post("/api/v1/practitioners")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static Map<String, Object> therapy(String code) {
        return Map.of(
                "code",
                code,
                "name",
                "End-to-end therapy",
                "category",
                "OTHER",
                "summary",
                "Made by the authorisation matrix",
                "evidenceSummary",
                "None",
                "assuringRegisters",
                List.of());
    }

    static Map<String, Object> practice(String ods) {
        return Map.of(
                "odsCode", ods, "name", "Matrix Surgery", "pcnCode", "U00009", "icbCode", "QHM");
    }

    static Map<String, Object> practitioner() {
        return Map.of(
                "displayName",
                "Matrix practitioner",
                "acceptingReferrals",
                true,
                "therapyCodes",
                List.of("OSTEOPATHY"),
                "registrations",
                List.of(
                        Map.of(
                                "register",
                                "GOSC",
                                "number",
                                "M-" + unique().substring(0, 6),
                                "expiresOn",
                                LocalDate.now().plusYears(1).toString(),
                                "verifiedOn",
                                LocalDate.now().toString())));
    }

    static Map<String, Object> referral(String practitionerId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("practiceOdsCode", "A81001");
        body.put("referrer", Map.of("name", "Dr A Patel"));
        body.put(
                "patient",
                Map.of(
                        "nhsNumber",
                        "9434765919",
                        "givenName",
                        "Sam",
                        "familyName",
                        "Jones",
                        "birthDate",
                        "1971-04-02"));
        body.put("conditions", List.of(Map.of("text", "Chronic low back pain", "category", "MSK")));
        if (practitionerId != null) {
            body.put("practitionerId", practitionerId);
        }
        body.put("reason", "Back pain");
        body.put("urgency", "ROUTINE");
        body.put("consent", Map.of("referralAgreed", true, "shareOutcomesWithGp", true));
        return body;
    }

    /** Therapy codes are upper-case letters and underscores only. */
    static String therapyCode() {
        StringBuilder code = new StringBuilder("MATRIX_");
        for (char c : unique().toCharArray()) {
            code.append((char) ('A' + Character.digit(c, 16)));
        }
        return code.substring(0, 30);
    }

    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").toUpperCase();
    }

    private static String refer(Map<String, Object> body) {
        return given().auth()
                .oauth2(KeycloakTokens.user("gp.a81001"))
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body)
                .post("/api/v1/referrals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void act(String token, String id, String action, Map<String, Object> body) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .header("If-Match", "*")
                .body(body)
                .post("/api/v1/referrals/" + id + "/" + action)
                .then()
                .statusCode(200);
    }
}
