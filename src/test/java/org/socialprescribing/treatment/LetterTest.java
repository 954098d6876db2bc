package org.socialprescribing.treatment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialprescribing.demo.DemoData.ACUPUNCTURIST;
import static org.socialprescribing.demo.DemoData.PRACTICE_A;
import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.TestTokens;
import org.socialprescribing.testing.Treatment;

/** The treatment-summary letter: a draft until sent, then fixed, and the only way to finish. */
@QuarkusTest
class LetterTest {
    private static final String GP_A = TestTokens.gp(PRACTICE_A);
    private static final String ACU = TestTokens.practitioner(ACUPUNCTURIST);

    @Test
    void aDraftCanChangeUntilItIsSentAndThenNever() {
        String id = inTreatment();
        Treatment.draft(ACU, id, Map.of("summaryOfTreatment", "First go")).then().statusCode(201);
        Treatment.draft(ACU, id, Treatment.letter("CONTINUE"))
                .then()
                .statusCode(200)
                .body(
                        "narrative.summaryOfTreatment",
                        equalTo("Six sessions of acupuncture for low back pain."));
        Treatment.send(ACU, id).then().statusCode(200);
        assertProblem(
                Treatment.draft(ACU, id, Treatment.letter("STOP")), 409, "letter-already-sent");
        assertProblem(Treatment.send(ACU, id), 409, "letter-already-sent");
        as(GP_A).get("/api/v1/referrals/" + id + "/letter")
                .then()
                .body("narrative.recommendation", equalTo("CONTINUE"));
    }

    @Test
    void theGpSeesNoLetterUntilItIsSent() {
        String id = inTreatment();
        Treatment.draft(ACU, id, Treatment.letter("STOP")).then().statusCode(201);
        as(ACU).get("/api/v1/referrals/" + id + "/letter")
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"));
        assertProblem(as(GP_A).get("/api/v1/referrals/" + id + "/letter"), 404, "not-found");
    }

    @Test
    void sendingNeedsASummaryAndARecommendation() {
        String id = inTreatment();
        Treatment.draft(ACU, id, Map.of("response", "Better")).then().statusCode(201);
        assertProblem(Treatment.send(ACU, id), 400, "validation-failed")
                .body("errors.field", containsInAnyOrder("summaryOfTreatment", "recommendation"));
        as(GP_A).get("/api/v1/referrals/" + id).then().body("status", equalTo("IN_TREATMENT"));
    }

    @Test
    void sendingWithoutADraftIsRefused() {
        assertProblem(Treatment.send(ACU, inTreatment()), 409, "letter-required");
    }

    @Test
    void aCourseWithNoAttendedSessionCanOnlyEndEarly() {
        String id = Referrals.sentToAcupuncturist().id();
        Referrals.act(ACU, id, "accept", null).then().statusCode(200);
        Treatment.draft(ACU, id, Treatment.letter("REFER_ELSEWHERE")).then().statusCode(201);
        assertProblem(Treatment.send(ACU, id), 409, "illegal-transition")
                .body("currentStatus", equalTo("ACCEPTED"));
        Map<String, Object> early = new HashMap<>(Treatment.letter("REFER_ELSEWHERE"));
        early.put("endsEarly", true);
        Treatment.draft(ACU, id, early).then().statusCode(200);
        assertProblem(Treatment.send(ACU, id), 400, "validation-failed")
                .body("errors[0].field", equalTo("endReason"));
        early.put("endReason", "DID_NOT_ATTEND");
        Treatment.draft(ACU, id, early).then().statusCode(200);
        Treatment.send(ACU, id)
                .then()
                .statusCode(200)
                .body("course.endedEarly", equalTo(true))
                .body("course.endReason", equalTo("DID_NOT_ATTEND"));
        as(GP_A).get("/api/v1/referrals/" + id).then().body("status", equalTo("ENDED_EARLY"));
    }

    @Test
    void aLetterReportingSafetyConcernsIsUrgentInTheInbox() {
        String id = inTreatment();
        Map<String, Object> letter = new HashMap<>(Treatment.letter("REFER_ELSEWHERE"));
        letter.put("safetyConcerns", "New numbness in the left leg: please review.");
        Treatment.draft(ACU, id, letter).then().statusCode(201);
        Treatment.send(ACU, id).then().statusCode(200);
        as(GP_A).queryParam("referralId", id)
                .get("/api/v1/inbox")
                .then()
                .body("items[0].kind", equalTo("LETTER"))
                .body("items[0].urgent", equalTo(true));
    }

    @Test
    void onlyThePractitionerWritesTheLetter() {
        String id = inTreatment();
        assertProblem(Treatment.draft(GP_A, id, Treatment.letter("STOP")), 403, "forbidden");
        assertProblem(
                Treatment.draft(
                        TestTokens.practitioner(org.socialprescribing.demo.DemoData.YOGA_TEACHER),
                        id,
                        Treatment.letter("STOP")),
                404,
                "not-found");
    }

    @Test
    void theGpReadsTheSentLetterAsAnA4PdfWithTheNhsNumberAndTheOutcomeTable() throws Exception {
        String id = inTreatment();
        Treatment.outcome(ACU, id, "PHQ9", "BASELINE", List.of(2, 2, 2, 2, 2, 2, 1, 1, 0))
                .then()
                .statusCode(201);
        Treatment.outcome(ACU, id, "PHQ9", "END", List.of(1, 1, 1, 1, 1, 1, 0, 0, 0))
                .then()
                .statusCode(201);
        Treatment.draft(ACU, id, Treatment.letter("STOP")).then().statusCode(201);
        Treatment.send(ACU, id).then().statusCode(200);
        byte[] bytes =
                given().auth()
                        .oauth2(GP_A)
                        .accept("application/pdf")
                        .get("/api/v1/referrals/" + id + "/letter.pdf")
                        .then()
                        .statusCode(200)
                        .contentType("application/pdf")
                        .extract()
                        .asByteArray();
        try (var document = Loader.loadPDF(bytes)) {
            assertTrue(document.getNumberOfPages() <= 2);
            var a4 = PDRectangle.A4;
            assertEquals(a4.getWidth(), document.getPage(0).getMediaBox().getWidth(), 1);
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("943 476 5919"), text);
            assertTrue(text.contains("PHQ-9"), text);
            assertTrue(text.contains("14"), text);
        }
    }

    @Test
    void aClientThatAcceptsAnythingGetsTheLetterAsJson() {
        String id = TreatmentLoopTest.completedCourse();
        given().auth()
                .oauth2(GP_A)
                .accept("*/*")
                .get("/api/v1/referrals/" + id + "/letter")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("status", equalTo("SENT"));
    }

    private static String inTreatment() {
        String id = Referrals.sentToAcupuncturist().id();
        Referrals.act(ACU, id, "accept", null).then().statusCode(200);
        Treatment.pastSession(ACU, id, "ATTENDED");
        return id;
    }
}
