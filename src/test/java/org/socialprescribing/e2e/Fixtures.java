package org.socialprescribing.e2e;

import static org.socialprescribing.testing.Api.as;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.socialprescribing.testing.Directory;
import org.socialprescribing.testing.Funding;
import org.socialprescribing.testing.Practitioners;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.Treatment;

/**
 * Fresh records for one matrix cell, made through the packaged API with real Keycloak tokens; the
 * bodies are the in-process tests' own (org.socialprescribing.testing).
 */
final class Fixtures {
    static final String ACUPUNCTURIST = "6f1c2a10-5b7e-4c1d-9a01-000000000001";
    static final String YOGA_TEACHER = "6f1c2a10-5b7e-4c1d-9a01-000000000002";

    private Fixtures() {}

    private static String gp() {
        return KeycloakTokens.user("gp.a81001");
    }

    private static String acupuncturist() {
        return KeycloakTokens.user("practitioner.acu");
    }

    private static String admin() {
        return KeycloakTokens.user("admin");
    }

    static String awaitingTriage() {
        return Referrals.create(gp(), Referrals.body()).id();
    }

    static String sentToAcupuncturist() {
        return Referrals.create(gp(), toAcupuncturist()).id();
    }

    static Map<String, Object> toAcupuncturist() {
        return Referrals.toPractitioner(UUID.fromString(ACUPUNCTURIST), "ACUPUNCTURE");
    }

    static String acceptedByAcupuncturist() {
        String id = sentToAcupuncturist();
        act(acupuncturist(), id, "accept", Map.of());
        return id;
    }

    static String inTreatmentWithAcupuncturist() {
        String id = acceptedByAcupuncturist();
        attend(id, pastSession(id), "ATTENDED");
        return id;
    }

    /** A session booked an hour ago, attendance not yet recorded; returns its id. */
    static String pastSession(String referralId) {
        return Treatment.book(acupuncturist(), referralId, Instant.now().minusSeconds(3600))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static void attend(String referralId, String sessionId, String attendance) {
        Treatment.attend(acupuncturist(), referralId, sessionId, attendance).then().statusCode(200);
    }

    static Map<String, Object> letter() {
        return Treatment.letter("STOP");
    }

    /** In treatment, with a draft letter ready to send. */
    static String withDraftLetter() {
        String id = inTreatmentWithAcupuncturist();
        Treatment.draft(acupuncturist(), id, letter()).then().statusCode(201);
        return id;
    }

    /** Completed: the letter is in practice A81001's inbox. */
    static String completedCourse() {
        String id = withDraftLetter();
        Treatment.send(acupuncturist(), id).then().statusCode(200);
        return id;
    }

    /** An inbox item of practice A81001 (a safety alert on one of its referrals). */
    static String inboxItem() {
        String id = sentToAcupuncturist();
        Treatment.alert(acupuncturist(), id, safetyAlert()).then().statusCode(201);
        return as(gp()).queryParam("referralId", id)
                .get("/api/v1/inbox")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
    }

    static Map<String, Object> safetyAlert() {
        return Treatment.safetyAlert("LOW", "Mild bruising", "Advice given");
    }

    /** A funding scheme of the demo ICB (or the charity) covering acupuncture at A81001. */
    static Map<String, Object> scheme(String funder, String route) {
        Map<String, Object> body =
                route.equals("CHARITY_GRANT")
                        ? Funding.charityGrant(funder, 1000, 1_000_000)
                        : Funding.scheme(route, 3000, 6, 1_000_000);
        body.put("funderCode", funder);
        return body;
    }

    static String newScheme(String funder, String route) {
        return Funding.create(admin(), scheme(funder, route));
    }

    /** The referral funded under a new scheme of the funder's; returns the plan id. */
    static String fundedPlan(String referralId, String funder, String route) {
        return Funding.fund(gp(), referralId, Funding.request(newScheme(funder, route)))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** An attended, charity-funded session: returns {referral id, the patient's charge line id}. */
    static String[] patientCharge() {
        String id = sentToAcupuncturist();
        fundedPlan(id, "CH1100001", "CHARITY_GRANT");
        act(acupuncturist(), id, "accept", Map.of());
        attend(id, pastSession(id), "ATTENDED");
        String line =
                as(gp()).get("/api/v1/referrals/" + id + "/charges")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("lines.find { it.payer == 'PATIENT' }.id");
        return new String[] {id, line};
    }

    static Map<String, Object> outcome() {
        return Treatment.outcomeAnswers("GAD7", "BASELINE", List.of(1, 1, 1, 1, 1, 1, 1));
    }

    static String newTherapy() {
        String code = therapyCode();
        as(admin()).body(therapy(code)).post(Directory.THERAPIES).then().statusCode(201);
        return code;
    }

    static String newPractice() {
        String ods = odsCode();
        as(admin()).body(practice(ods)).post(Directory.PRACTICES).then().statusCode(201);
        return ods;
    }

    static String newPractitioner() {
        return Practitioners.create(admin(), practitioner());
    }

    static Map<String, Object> therapy(String code) {
        return Directory.therapy(code, "End-to-end therapy");
    }

    static Map<String, Object> practice(String ods) {
        return Directory.practice(ods, "Matrix Surgery", "U00009", "QHM");
    }

    static Map<String, Object> practitioner() {
        return Practitioners.body(
                "Matrix practitioner",
                List.of("OSTEOPATHY"),
                true,
                Practitioners.currentRegistration("GOSC"));
    }

    static Map<String, Object> funder() {
        return Funding.funder("F" + unique().substring(0, 9), "Matrix trust", "CHARITY");
    }

    static String therapyCode() {
        return Directory.uniqueTherapyCode("MATRIX");
    }

    static String odsCode() {
        return "E" + unique().substring(0, 7);
    }

    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").toUpperCase();
    }

    private static void act(String token, String id, String action, Map<String, Object> body) {
        as(token)
                .header("If-Match", "*")
                .body(body)
                .post("/api/v1/referrals/" + id + "/" + action)
                .then()
                .statusCode(200);
    }
}
