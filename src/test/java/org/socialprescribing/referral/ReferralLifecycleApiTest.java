package org.socialprescribing.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.socialprescribing.demo.DemoData.ACUPUNCTURIST;
import static org.socialprescribing.demo.DemoData.NETWORK_1;
import static org.socialprescribing.demo.DemoData.PRACTICE_A;
import static org.socialprescribing.demo.DemoData.YOGA_TEACHER;
import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Problems.assertProblem;
import static org.socialprescribing.testing.Referrals.act;
import static org.socialprescribing.testing.Referrals.body;
import static org.socialprescribing.testing.Referrals.create;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.TestTokens;
import org.socialprescribing.testing.Treatment;

/** Moving a referral through its lifecycle over HTTP: each side's actions, and what is refused. */
@QuarkusTest
class ReferralLifecycleApiTest {
    private static final String GP_A = TestTokens.gp(PRACTICE_A);
    private static final String LINK_WORKER = TestTokens.linkWorker(NETWORK_1);
    private static final String ACUPUNCTURIST_TOKEN = TestTokens.practitioner(ACUPUNCTURIST);
    private static final String YOGA_TOKEN = TestTokens.practitioner(YOGA_TEACHER);

    @Test
    void practitionerAcceptsTreatsAndCompletesByLetterAndTheHistoryShowsEachStep() {
        String id = Referrals.sentToAcupuncturist().id();
        act(ACUPUNCTURIST_TOKEN, id, "accept", Map.of("comment", "First session next week"))
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("allowedActions", contains("send-letter"));
        Treatment.pastSession(ACUPUNCTURIST_TOKEN, id, "ATTENDED");
        as(GP_A).get("/api/v1/referrals/" + id).then().body("status", equalTo("IN_TREATMENT"));
        Treatment.draft(ACUPUNCTURIST_TOKEN, id, Treatment.letter("STOP")).then().statusCode(201);
        Treatment.send(ACUPUNCTURIST_TOKEN, id).then().statusCode(200);

        as(GP_A).get("/api/v1/referrals/" + id)
                .then()
                .body("status", equalTo("COMPLETED"))
                .body("allowedActions", empty());
        as(GP_A).get("/api/v1/referrals/" + id + "/history")
                .then()
                .statusCode(200)
                .body("action", contains("create", "accept", "start-treatment", "complete"))
                .body("toStatus", contains("SENT", "ACCEPTED", "IN_TREATMENT", "COMPLETED"))
                .body("fromStatus[1]", equalTo("SENT"))
                .body("actorRole", contains("gp", "practitioner", "practitioner", "practitioner"))
                .body("actorOrganisation[0]", equalTo(PRACTICE_A))
                .body("comment[1]", equalTo("First session next week"));
    }

    @Test
    void linkWorkerTriagesADeclinedReferralIsResentWithoutRekeying() {
        String id = create(GP_A, body()).id();
        act(LINK_WORKER, id, "assign", Map.of("practitionerId", YOGA_TEACHER.toString()))
                .then()
                .statusCode(200)
                .body("status", equalTo("SENT"))
                .body("therapyCode", equalTo("YOGA"));
        act(
                        YOGA_TOKEN,
                        id,
                        "decline",
                        Map.of("reasonCode", "NO_CAPACITY", "comment", "Classes full until spring"))
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("statusReason", equalTo("NO_CAPACITY"))
                .body("statusComment", equalTo("Classes full until spring"));
        act(
                        GP_A,
                        id,
                        "assign",
                        Map.of(
                                "practitionerId",
                                ACUPUNCTURIST.toString(),
                                "therapyCode",
                                "ACUPUNCTURE"))
                .then()
                .statusCode(200)
                .body("status", equalTo("SENT"))
                .body("practitionerId", equalTo(ACUPUNCTURIST.toString()))
                .body("patient.nhsNumber", equalTo(Referrals.VALID_NHS_NUMBER));
        act(ACUPUNCTURIST_TOKEN, id, "accept", null)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        assertProblem(as(YOGA_TOKEN).get("/api/v1/referrals/" + id), 404, "not-found");
    }

    @Test
    void referrerCancelsAnUnfinishedReferralWithAReason() {
        String id = Referrals.sentToAcupuncturist().id();
        act(GP_A, id, "cancel", Map.of("reason", "Patient moved away"))
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("statusComment", equalTo("Patient moved away"));
        assertProblem(
                act(GP_A, id, "cancel", Map.of("reason", "again")), 409, "illegal-transition");
    }

    @Test
    void practitionerEndsAnAcceptedReferralEarlyByLetterWithACodedReason() {
        String id = Referrals.sentToAcupuncturist().id();
        act(ACUPUNCTURIST_TOKEN, id, "accept", null).then().statusCode(200);
        Map<String, Object> letter = new java.util.HashMap<>(Treatment.letter("REFER_ELSEWHERE"));
        letter.put("endsEarly", true);
        letter.put("endReason", "PATIENT_WITHDREW");
        Treatment.draft(ACUPUNCTURIST_TOKEN, id, letter).then().statusCode(201);
        Treatment.send(ACUPUNCTURIST_TOKEN, id).then().statusCode(200);
        as(GP_A).get("/api/v1/referrals/" + id)
                .then()
                .body("status", equalTo("ENDED_EARLY"))
                .body("statusReason", equalTo("PATIENT_WITHDREW"));
    }

    @Test
    void anActionTheStatusDoesNotAllowIsAConflictNamingTheCurrentStatus() {
        String id = Referrals.sentToAcupuncturist().id();
        act(ACUPUNCTURIST_TOKEN, id, "accept", null).then().statusCode(200);
        assertProblem(act(ACUPUNCTURIST_TOKEN, id, "accept", null), 409, "illegal-transition")
                .body("currentStatus", equalTo("ACCEPTED"));
        assertProblem(
                act(GP_A, id, "assign", Map.of("practitionerId", YOGA_TEACHER.toString())),
                409,
                "illegal-transition");
    }

    @Test
    void eachSideIsRefusedTheOtherSidesActions() {
        String id = Referrals.sentToAcupuncturist().id();
        assertProblem(act(GP_A, id, "accept", null), 403, "forbidden");
        assertProblem(
                act(LINK_WORKER, id, "decline", Map.of("reasonCode", "OTHER")), 403, "forbidden");
        assertProblem(
                act(ACUPUNCTURIST_TOKEN, id, "cancel", Map.of("reason", "no")), 403, "forbidden");
        assertProblem(
                act(
                        ACUPUNCTURIST_TOKEN,
                        id,
                        "assign",
                        Map.of("practitionerId", YOGA_TEACHER.toString())),
                403,
                "forbidden");
    }

    @Test
    void adminSeesAReferralButTakesNoActionOnIt() {
        String id = Referrals.sentToAcupuncturist().id();
        as(TestTokens.admin())
                .get("/api/v1/referrals/" + id)
                .then()
                .statusCode(200)
                .body("allowedActions", empty());
        assertProblem(
                act(TestTokens.admin(), id, "cancel", Map.of("reason", "tidying")),
                403,
                "forbidden");
    }

    @Test
    void eachCallerIsToldTheActionsOpenToItNow() {
        String id = Referrals.sentToAcupuncturist().id();
        as(GP_A).get("/api/v1/referrals/" + id).then().body("allowedActions", contains("cancel"));
        as(LINK_WORKER)
                .get("/api/v1/referrals/" + id)
                .then()
                .body("allowedActions", contains("cancel"));
        as(ACUPUNCTURIST_TOKEN)
                .get("/api/v1/referrals/" + id)
                .then()
                .body("allowedActions", contains("accept", "decline"));
    }

    @Test
    void aStaleETagIsRefusedAndChangesNothing() {
        Referrals.Created created = Referrals.sentToAcupuncturist();
        as(ACUPUNCTURIST_TOKEN)
                .header("If-Match", created.etag())
                .body(Map.of())
                .post("/api/v1/referrals/" + created.id() + "/accept")
                .then()
                .statusCode(200);
        assertProblem(
                as(GP_A).header("If-Match", created.etag())
                        .body(Map.of("reason", "changed mind"))
                        .post("/api/v1/referrals/" + created.id() + "/cancel"),
                412,
                "stale-etag");
        as(GP_A).get("/api/v1/referrals/" + created.id())
                .then()
                .body("status", equalTo("ACCEPTED"));
    }

    @Test
    void anActionWithoutIfMatchIsRefused() {
        String id = Referrals.sentToAcupuncturist().id();
        assertProblem(
                as(ACUPUNCTURIST_TOKEN).body(Map.of()).post("/api/v1/referrals/" + id + "/accept"),
                428,
                "if-match-required");
    }

    @Test
    void aWeakOrListedETagMatches() {
        Referrals.Created created = Referrals.sentToAcupuncturist();
        as(ACUPUNCTURIST_TOKEN)
                .header("If-Match", "\"41\", W/" + created.etag())
                .body(Map.of())
                .post("/api/v1/referrals/" + created.id() + "/accept")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""));
    }

    @Test
    void declineNeedsAKnownReasonCodeAndCancelNeedsAReason() {
        String id = Referrals.sentToAcupuncturist().id();
        assertProblem(
                        act(ACUPUNCTURIST_TOKEN, id, "decline", Map.of("comment", "no reason")),
                        400,
                        "validation-failed")
                .body("errors.field", contains("reasonCode"));
        assertProblem(
                        act(ACUPUNCTURIST_TOKEN, id, "decline", Map.of("reasonCode", "BORED")),
                        400,
                        "malformed-request")
                .body("errors.field", contains("reasonCode"));
        assertProblem(act(GP_A, id, "cancel", Map.of("reason", " ")), 400, "validation-failed")
                .body("errors.field", contains("reason"));
        as(GP_A).get("/api/v1/referrals/" + id).then().body("status", equalTo("SENT"));
    }

    @Test
    void anAcceptWithAnEmptyBodyIsAccepted() {
        Referrals.Created created = Referrals.sentToAcupuncturist();
        given().auth()
                .oauth2(ACUPUNCTURIST_TOKEN)
                .contentType("application/json")
                .header("If-Match", created.etag())
                .post("/api/v1/referrals/" + created.id() + "/accept")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"));
    }

    @Test
    void anUnknownActionIsNotFound() {
        String id = Referrals.sentToAcupuncturist().id();
        assertProblem(act(GP_A, id, "teleport", null), 404, "not-found");
    }
}
