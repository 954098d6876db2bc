package org.socialprescribing.treatment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.socialprescribing.demo.DemoData.ACUPUNCTURIST;
import static org.socialprescribing.demo.DemoData.PRACTICE_A;
import static org.socialprescribing.demo.DemoData.PRACTICE_B;
import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.TestTokens;
import org.socialprescribing.testing.Treatment;

/**
 * The loop GPs say is missing: referral, acceptance, sessions, outcomes, the treatment-summary
 * letter in the GP's inbox, and its acknowledgement, all through the HTTP API.
 */
@QuarkusTest
class TreatmentLoopTest {
    private static final String GP_A = TestTokens.gp(PRACTICE_A);
    private static final String ACU = TestTokens.practitioner(ACUPUNCTURIST);

    @Test
    void everyReferralThatReachesAPractitionerEndsWithALetterInTheGpsInbox() {
        String id = Referrals.sentToAcupuncturist().id();
        Referrals.act(ACU, id, "accept", null).then().statusCode(200);
        Treatment.outcome(ACU, id, "PHQ9", "BASELINE", List.of(2, 2, 2, 2, 2, 2, 1, 1, 0))
                .then()
                .statusCode(201)
                .body("scores.find { it.name == 'total' }.value", equalTo(14))
                .body("scores.find { it.name == 'total' }.band", equalTo("moderate"))
                .body("urgentReviewNeeded", equalTo(false));
        Treatment.outcome(ACU, id, "MYMOP2", "BASELINE", List.of(5, 4, 4, 4))
                .then()
                .statusCode(201);
        Treatment.pastSession(ACU, id, "ATTENDED");
        Treatment.pastSession(ACU, id, "DID_NOT_ATTEND");
        Treatment.pastSession(ACU, id, "ATTENDED");
        Treatment.outcome(ACU, id, "PHQ9", "END", List.of(1, 1, 1, 1, 1, 1, 0, 0, 0))
                .then()
                .statusCode(201);
        Treatment.outcome(ACU, id, "MYMOP2", "END", List.of(2, 2, 2, 2)).then().statusCode(201);

        as(GP_A).get("/api/v1/referrals/" + id + "/outcomes")
                .then()
                .statusCode(200)
                .body("shared", equalTo(true))
                .body("changes.find { it.measure == 'PHQ9' }.baseline", equalTo(14))
                .body("changes.find { it.measure == 'PHQ9' }.latest", equalTo(6))
                .body("changes.find { it.measure == 'PHQ9' }.change", equalTo(-8))
                .body("changes.find { it.measure == 'PHQ9' }.meaningfulImprovement", equalTo(true))
                .body("changes.find { it.measure == 'MYMOP2' }.baseline", equalTo(4.25f))
                .body(
                        "changes.find { it.measure == 'MYMOP2' }.meaningfulImprovement",
                        equalTo(true));

        Treatment.draft(ACU, id, Treatment.letter("STOP"))
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"));
        Treatment.send(ACU, id)
                .then()
                .statusCode(200)
                .body("status", equalTo("SENT"))
                .body("sentAt", notNullValue())
                .body("patient.nhsNumber", equalTo(Referrals.VALID_NHS_NUMBER))
                .body("author.regulationStatus", equalTo("ACCREDITED_REGISTER"))
                .body("author.registrations[0].register", equalTo("British Acupuncture Council"))
                .body("therapyName", equalTo("Acupuncture"))
                .body("course.sessionsOffered", equalTo(3))
                .body("course.sessionsAttended", equalTo(2))
                .body("course.didNotAttend", equalTo(1))
                .body("course.endedEarly", equalTo(false))
                .body("outcomes.shared", equalTo(true))
                .body("outcomes.lines.find { it.measure == 'PHQ-9' }.end", equalTo(6))
                .body("narrative.recommendation", equalTo("STOP"));
        as(GP_A).get("/api/v1/referrals/" + id).then().body("status", equalTo("COMPLETED"));

        String item =
                as(GP_A).queryParam("referralId", id)
                        .get("/api/v1/inbox")
                        .then()
                        .statusCode(200)
                        .body("items", hasSize(1))
                        .body("items[0].kind", equalTo("LETTER"))
                        .body("items[0].urgent", equalTo(false))
                        .body("items[0].title", containsString("Sam Jones"))
                        .body("items[0].acknowledgedAt", nullValue())
                        .extract()
                        .path("items[0].id");
        as(GP_A).get("/api/v1/referrals/" + id + "/letter")
                .then()
                .statusCode(200)
                .body("status", equalTo("SENT"))
                .body("course.sessionsAttended", equalTo(2));
        as(GP_A).post("/api/v1/inbox/" + item + "/acknowledge")
                .then()
                .statusCode(200)
                .body("acknowledgedAt", notNullValue());
        as(GP_A).queryParam("referralId", id)
                .queryParam("acknowledged", "false")
                .get("/api/v1/inbox")
                .then()
                .body("items", hasSize(0));
    }

    @Test
    void anotherPracticeSeesNeitherTheLetterNorTheInboxItem() {
        String id = completedCourse();
        String gpB = TestTokens.gp(PRACTICE_B);
        assertProblem(as(gpB).get("/api/v1/referrals/" + id + "/letter"), 404, "not-found");
        as(gpB).queryParam("referralId", id).get("/api/v1/inbox").then().body("items", hasSize(0));
        String item =
                as(GP_A).queryParam("referralId", id)
                        .get("/api/v1/inbox")
                        .then()
                        .extract()
                        .path("items[0].id");
        assertProblem(as(gpB).post("/api/v1/inbox/" + item + "/acknowledge"), 404, "not-found");
    }

    @Test
    void phq9WithAnAnswerAboveZeroOnItemNineRaisesAnUrgentAlertToTheReferringGp() {
        String id = Referrals.sentToAcupuncturist().id();
        Referrals.act(ACU, id, "accept", null).then().statusCode(200);
        Treatment.outcome(ACU, id, "PHQ9", "BASELINE", List.of(1, 1, 1, 1, 1, 1, 1, 1, 1))
                .then()
                .statusCode(201)
                .body("urgentReviewNeeded", equalTo(true));
        as(GP_A).queryParam("referralId", id)
                .get("/api/v1/inbox")
                .then()
                .body("items.kind", contains("SAFETY_ALERT"))
                .body("items[0].urgent", equalTo(true));
        as(GP_A).get("/api/v1/referrals/" + id + "/safety-alerts")
                .then()
                .statusCode(200)
                .body("[0].raisedAutomatically", equalTo(true))
                .body("[0].severity", equalTo("HIGH"))
                .body("[0].whatHappened", containsString("item 9"))
                .body("[0].acknowledgedByPractice", equalTo(false));
    }

    @Test
    void outOfRangeAnswersAreRefusedNamedAndNotStored() {
        String id = Referrals.sentToAcupuncturist().id();
        Referrals.act(ACU, id, "accept", null).then().statusCode(200);
        assertProblem(
                        Treatment.outcome(
                                ACU, id, "PHQ9", "BASELINE", List.of(4, 1, 1, 1, 1, 1, 1, 1, 0)),
                        400,
                        "validation-failed")
                .body("errors[0].field", equalTo("answers[0]"));
        assertProblem(
                        Treatment.outcome(ACU, id, "GAD7", "BASELINE", List.of(1, 1, 1)),
                        400,
                        "validation-failed")
                .body("errors[0].field", equalTo("answers"));
        as(ACU).get("/api/v1/referrals/" + id + "/outcomes").then().body("records", hasSize(0));
    }

    @Test
    void withoutConsentTheGpSeesNoOutcomesAndTheLetterSaysSo() {
        var body =
                Referrals.with(
                        Referrals.toPractitioner(ACUPUNCTURIST, "ACUPUNCTURE"),
                        "consent",
                        java.util.Map.of("referralAgreed", true, "shareOutcomesWithGp", false));
        String id = Referrals.create(GP_A, body).id();
        Referrals.act(ACU, id, "accept", null).then().statusCode(200);
        Treatment.outcome(ACU, id, "GAD7", "BASELINE", List.of(2, 2, 2, 2, 2, 2, 2))
                .then()
                .statusCode(201);
        Treatment.pastSession(ACU, id, "ATTENDED");
        as(ACU).get("/api/v1/referrals/" + id + "/outcomes").then().body("records", hasSize(1));
        as(GP_A).get("/api/v1/referrals/" + id + "/outcomes")
                .then()
                .statusCode(200)
                .body("shared", equalTo(false))
                .body("note", containsString("did not consent"))
                .body("changes", hasSize(0))
                .body("records", hasSize(0));
        Treatment.draft(ACU, id, Treatment.letter("CONTINUE")).then().statusCode(201);
        Treatment.send(ACU, id)
                .then()
                .statusCode(200)
                .body("outcomes.shared", equalTo(false))
                .body("outcomes.lines", hasSize(0))
                .body("outcomes.note", containsString("did not consent"));
    }

    /** A referral accepted, treated once and completed by letter; returns its id. */
    static String completedCourse() {
        String id = Referrals.sentToAcupuncturist().id();
        Referrals.act(ACU, id, "accept", null).then().statusCode(200);
        Treatment.pastSession(ACU, id, "ATTENDED");
        Treatment.draft(ACU, id, Treatment.letter("STOP")).then().statusCode(201);
        Treatment.send(ACU, id).then().statusCode(200);
        return id;
    }
}
