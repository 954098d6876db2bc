package org.socialprescribing.evidence;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.socialprescribing.demo.DemoData.ACUPUNCTURIST;
import static org.socialprescribing.demo.DemoData.PRACTICE_A;
import static org.socialprescribing.demo.DemoData.YOGA_TEACHER;
import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialprescribing.testing.Funding;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.TestTokens;
import org.socialprescribing.testing.Treatment;

/** Who records which evidence when, who sees it, and self-referrals through the lifecycle. */
@QuarkusTest
class EvidenceTest {
    private static final String ACU = TestTokens.practitioner(ACUPUNCTURIST);
    private static final String GP = TestTokens.gp(PRACTICE_A);

    @Test
    void theAfterCourseCountIsRefusedUntilTheCourseEndedAndSixMonthsPassed() {
        String id = Referrals.sentToAcupuncturist().id();
        assertProblem(
                        put(GP, id, "gp-appointments", Map.of("afterCourse", 2)),
                        409,
                        "evidence-not-due")
                .body("detail", containsString("has not ended"));
        put(GP, id, "gp-appointments", Map.of("beforeReferral", 7))
                .then()
                .statusCode(200)
                .body("appointmentsBeforeReferral", equalTo(7))
                .body("appointmentsAfterCourse", nullValue());
        String ended = completed(true);
        assertProblem(
                        put(GP, ended, "gp-appointments", Map.of("afterCourse", 2)),
                        409,
                        "evidence-not-due")
                .body("detail", containsString("send the count on or after"));
        as(GP).get("/api/v1/referrals/" + ended + "/evidence")
                .then()
                .statusCode(200)
                .body("appointmentsAfterCourse", nullValue())
                .body("afterCourseCountDueFrom", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void onlyTheReferringPracticeSendsCountsAndOnlyTheTreatingPractitionerTheRest() {
        String id = Referrals.sentToAcupuncturist().id();
        assertProblem(
                put(TestTokens.gp("B82002"), id, "gp-appointments", Map.of("beforeReferral", 1)),
                404,
                "not-found");
        assertProblem(
                put(
                        TestTokens.practitioner(YOGA_TEACHER),
                        id,
                        "experience",
                        Map.of("answer", "GOOD")),
                404,
                "not-found");
        assertProblem(put(GP, id, "experience", Map.of("answer", "GOOD")), 403, "forbidden");
        assertProblem(
                put(ACU, id, "experience", Map.of("answer", "GOOD")), 409, "evidence-not-due");
        assertProblem(put(ACU, id, "work-status", Map.of()), 400, "validation-failed")
                .body("errors[0].field", equalTo("baseline"));
        assertProblem(
                        put(GP, id, "gp-appointments", Map.of("beforeReferral", -1)),
                        400,
                        "validation-failed")
                .body("errors[0].field", equalTo("beforeReferral"));
    }

    @Test
    void theGpSeesTheExperienceOnlyWithConsentAndNeverTheComment() {
        String shared = completed(true);
        String unshared = completed(false);
        as(GP).get("/api/v1/referrals/" + shared + "/evidence")
                .then()
                .statusCode(200)
                .body("experience", equalTo("VERY_GOOD"))
                .body("experienceComment", nullValue())
                .body("shared", equalTo(true));
        as(ACU).get("/api/v1/referrals/" + shared + "/evidence")
                .then()
                .body("experienceComment", equalTo("Kind and helpful"));
        as(GP).get("/api/v1/referrals/" + unshared + "/evidence")
                .then()
                .body("experience", nullValue())
                .body("workStatusEnd", nullValue())
                .body("shared", equalTo(false));
        as(GP).get("/api/v1/referrals/" + shared + "/letter")
                .then()
                .body("outcomes.patientExperience", equalTo("Very good"));
        as(GP).get("/api/v1/referrals/" + unshared + "/letter")
                .then()
                .body("outcomes.patientExperience", nullValue());
    }

    @Test
    void aSelfReferralGoesThroughTheLifecycleAndReachesTheGpOnlyWithConsent() {
        String withConsent = selfReferral(true);
        as(GP).get("/api/v1/referrals/" + withConsent)
                .then()
                .statusCode(200)
                .body("source", equalTo("SELF_REFERRAL"))
                .body("status", equalTo("SENT"))
                .body("practitionerId", equalTo(ACUPUNCTURIST.toString()));
        finish(withConsent);
        as(GP).get("/api/v1/inbox?referralId=" + withConsent)
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
        String withoutConsent = selfReferral(false);
        finish(withoutConsent);
        as(GP).get("/api/v1/inbox?referralId=" + withoutConsent)
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void eachRouteInIsRecordedOnlyByThoseWhoReceiveIt() {
        Map<String, Object> self = selfBody(true);
        assertProblem(Referrals.post(GP, self), 403, "forbidden");
        Map<String, Object> fromGp = Referrals.toPractitioner(ACUPUNCTURIST, "ACUPUNCTURE");
        assertProblem(Referrals.post(ACU, fromGp), 403, "forbidden");
        Map<String, Object> toAnother = selfBody(true);
        toAnother.put("practitionerId", YOGA_TEACHER.toString());
        assertProblem(Referrals.post(ACU, toAnother), 403, "forbidden");
        Map<String, Object> physio = selfBody(true);
        physio.put("source", "OTHER_NHS_PROFESSIONAL");
        assertProblem(Referrals.post(ACU, physio), 400, "validation-failed")
                .body("errors[0].field", equalTo("referrer.role"));
        physio.put("referrer", Map.of("name", "J Smith", "role", "Physiotherapist"));
        Referrals.post(ACU, physio)
                .then()
                .statusCode(201)
                .body("source", equalTo("OTHER_NHS_PROFESSIONAL"))
                .body("referrer.role", equalTo("Physiotherapist"));
    }

    @Test
    void aSchemeThatFundsGpReferralsOnlyRefusesASelfReferral() {
        Map<String, Object> scheme = Funding.scheme("COMMISSIONED", 3000, 4, 1_000_000);
        scheme.put("practiceOdsCodes", List.of(PRACTICE_A));
        scheme.put("referralSources", List.of("GP_PRACTICE"));
        String schemeId = Funding.create(scheme);
        as(TestTokens.admin())
                .get("/api/v1/funding-schemes/" + schemeId)
                .then()
                .body("referralSources", equalTo(List.of("GP_PRACTICE")));
        assertProblem(
                        Funding.fund(ACU, selfReferral(true), Funding.request(schemeId)),
                        422,
                        "not-eligible")
                .body("detail", containsString("GP_PRACTICE only"));
    }

    private static Map<String, Object> selfBody(boolean consent) {
        Map<String, Object> body = Referrals.toPractitioner(ACUPUNCTURIST, "ACUPUNCTURE");
        body.remove("practitionerId");
        body.put("source", "SELF_REFERRAL");
        body.put("referrer", Map.of("name", "A Acupuncturist"));
        body.put("consent", Map.of("referralAgreed", true, "shareOutcomesWithGp", consent));
        return body;
    }

    private static String selfReferral(boolean consent) {
        return Referrals.create(ACU, selfBody(consent)).id();
    }

    /** A GP referral treated and completed, with the patient's answer recorded. */
    private static String completed(boolean consent) {
        Map<String, Object> body = Referrals.toPractitioner(ACUPUNCTURIST, "ACUPUNCTURE");
        body.put("consent", Map.of("referralAgreed", true, "shareOutcomesWithGp", consent));
        String id = Referrals.create(GP, body).id();
        finish(id);
        return id;
    }

    private static void finish(String id) {
        Referrals.act(ACU, id, "accept", null).then().statusCode(200);
        put(ACU, id, "work-status", Map.of("baseline", "OFF_SICK")).then().statusCode(200);
        Treatment.pastSession(ACU, id, "ATTENDED");
        put(ACU, id, "experience", Map.of("answer", "VERY_GOOD", "comment", "Kind and helpful"))
                .then()
                .statusCode(200);
        put(ACU, id, "work-status", Map.of("end", "EMPLOYED_WORKING")).then().statusCode(200);
        Treatment.draft(ACU, id, Treatment.letter("STOP")).then().statusCode(201);
        Treatment.send(ACU, id).then().statusCode(200);
    }

    private static Response put(String token, String id, String what, Map<String, Object> body) {
        return as(token).body(body).put("/api/v1/referrals/" + id + "/evidence/" + what);
    }
}
