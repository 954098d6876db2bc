package org.socialprescribing.treatment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.socialprescribing.demo.DemoData.ACUPUNCTURIST;
import static org.socialprescribing.demo.DemoData.PRACTICE_A;
import static org.socialprescribing.demo.DemoData.YOGA_TEACHER;
import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.TestTokens;
import org.socialprescribing.testing.Treatment;

/**
 * Sessions: booked on an accepted referral, attendance once they have happened, none after the end.
 */
@QuarkusTest
class SessionsTest {
    private static final String GP_A = TestTokens.gp(PRACTICE_A);
    private static final String ACU = TestTokens.practitioner(ACUPUNCTURIST);

    @Test
    void theFirstAttendedSessionStartsTreatment() {
        String id = accepted();
        String future =
                Treatment.book(ACU, id, Instant.now().plus(7, ChronoUnit.DAYS))
                        .then()
                        .statusCode(201)
                        .body("attendance", equalTo(null))
                        .extract()
                        .path("id");
        as(GP_A).get("/api/v1/referrals/" + id).then().body("status", equalTo("ACCEPTED"));
        Treatment.pastSession(ACU, id, "ATTENDED");
        as(GP_A).get("/api/v1/referrals/" + id).then().body("status", equalTo("IN_TREATMENT"));
        as(GP_A).get("/api/v1/referrals/" + id + "/sessions")
                .then()
                .statusCode(200)
                .body("attendance", contains("ATTENDED", null))
                .body("id[1]", equalTo(future));
    }

    @Test
    void attendanceCannotBeRecordedBeforeTheSessionButACancellationCan() {
        String id = accepted();
        String future =
                Treatment.book(ACU, id, Instant.now().plus(2, ChronoUnit.DAYS))
                        .then()
                        .extract()
                        .path("id");
        assertProblem(
                Treatment.attend(ACU, id, future, "ATTENDED"), 422, "attendance-before-session");
        Treatment.attend(ACU, id, future, "CANCELLED_BY_PATIENT")
                .then()
                .statusCode(200)
                .body("attendance", equalTo("CANCELLED_BY_PATIENT"));
    }

    @Test
    void sessionsAreBookedOnlyOnceTheReferralIsAccepted() {
        String id = Referrals.sentToAcupuncturist().id();
        assertProblem(Treatment.book(ACU, id, Instant.now()), 409, "referral-not-in-treatment")
                .body("currentStatus", equalTo("SENT"));
    }

    @Test
    void nothingChangesAfterTheReferralEnds() {
        String id = TreatmentLoopTest.completedCourse();
        String session =
                as(ACU).get("/api/v1/referrals/" + id + "/sessions")
                        .then()
                        .extract()
                        .path("[0].id");
        assertProblem(
                        Treatment.attend(ACU, id, session, "DID_NOT_ATTEND"),
                        409,
                        "referral-not-in-treatment")
                .body("currentStatus", equalTo("COMPLETED"));
        assertProblem(Treatment.book(ACU, id, Instant.now()), 409, "referral-not-in-treatment");
    }

    @Test
    void twoDidNotAttendsInARowReachTheGp() {
        String id = accepted();
        Treatment.pastSession(ACU, id, "DID_NOT_ATTEND");
        as(GP_A).get("/api/v1/referrals/" + id)
                .then()
                .body("consecutiveDidNotAttend", equalTo(1))
                .body("attendanceConcern", equalTo(false));
        Treatment.pastSession(ACU, id, "DID_NOT_ATTEND");
        as(GP_A).get("/api/v1/referrals/" + id)
                .then()
                .body("consecutiveDidNotAttend", equalTo(2))
                .body("attendanceConcern", equalTo(true));
        as(GP_A).queryParam("referralId", id)
                .get("/api/v1/inbox")
                .then()
                .body("items.kind", contains("ATTENDANCE_CONCERN"))
                .body("items[0].urgent", equalTo(false));
        Treatment.pastSession(ACU, id, "ATTENDED");
        as(GP_A).get("/api/v1/referrals/" + id).then().body("consecutiveDidNotAttend", equalTo(0));
    }

    @Test
    void aSessionInPersonNeedsAPlaceAndOnlyTheReferralsPractitionerBooks() {
        String id = accepted();
        Map<String, Object> nowhere = Treatment.session(Instant.now());
        nowhere.put("format", "GROUP");
        nowhere.remove("location");
        assertProblem(
                        as(ACU).body(nowhere).post("/api/v1/referrals/" + id + "/sessions"),
                        400,
                        "validation-failed")
                .body("errors[0].field", equalTo("location"));
        assertProblem(
                Treatment.book(TestTokens.practitioner(YOGA_TEACHER), id, Instant.now()),
                404,
                "not-found");
        assertProblem(Treatment.book(GP_A, id, Instant.now()), 403, "forbidden");
    }

    @Test
    void aSessionOfAnotherReferralIsNotFound() {
        String first = accepted();
        String second = accepted();
        String session =
                Treatment.book(ACU, first, Instant.now().minusSeconds(60))
                        .then()
                        .extract()
                        .path("id");
        assertProblem(Treatment.attend(ACU, second, session, "ATTENDED"), 404, "not-found");
    }

    private static String accepted() {
        String id = Referrals.sentToAcupuncturist().id();
        Referrals.act(ACU, id, "accept", null).then().statusCode(200);
        return id;
    }
}
