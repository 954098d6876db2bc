package org.socialprescribing.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.socialprescribing.demo.DemoData.ACUPUNCTURIST;
import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Problems.assertProblem;
import static org.socialprescribing.testing.Reports.newIcb;
import static org.socialprescribing.testing.Reports.newPractice;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.socialprescribing.testing.Practitioners;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.TestTokens;
import org.socialprescribing.testing.Treatment;

/**
 * The activity report over small hand-built areas: each test makes its own ICB, so every figure can
 * be checked against a hand count.
 */
@QuarkusTest
class ActivityReportTest {

    @Test
    void countsOfOneToSevenAreSuppressedOthersRoundedAndTotalsComeFromPublishedCells() {
        String icb = newIcb();
        String practice = newPractice(icb);
        refer(practice, "ACUPUNCTURE", 1);
        refer(practice, "YOGA", 7);
        refer(practice, "TAI_CHI", 8);
        refer(practice, "MINDFULNESS", 12);
        refer(practice, "MASSAGE", 13);
        as(TestTokens.commissioner(icb))
                .queryParam("groupBy", "THERAPY")
                .get("/api/v1/reports/activity")
                .then()
                .statusCode(200)
                .body("report", equalTo("activity"))
                .body("groupBy", org.hamcrest.Matchers.contains("THERAPY"))
                .body("disclosure", containsString("Counts of 1-7 people are suppressed"))
                .body("rows", hasSize(5))
                .body(received("ACUPUNCTURE") + ".suppressed", equalTo(true))
                .body(received("ACUPUNCTURE") + ".value", nullValue())
                .body(received("YOGA") + ".suppressed", equalTo(true))
                .body(received("TAI_CHI") + ".value", equalTo(10))
                .body(received("MINDFULNESS") + ".value", equalTo(10))
                .body(received("MASSAGE") + ".value", equalTo(15))
                .body("totals.referralsReceived.value", equalTo(35))
                .body("totals.referralsReceived.suppressed", equalTo(false));
    }

    @Test
    void anAdminMayAskForUnroundedFiguresAndACommissionerMayNot() {
        String icb = newIcb();
        String practice = newPractice(icb);
        refer(practice, "YOGA", 3);
        assertProblem(
                as(TestTokens.commissioner(icb))
                        .queryParam("unrounded", "true")
                        .get("/api/v1/reports/activity"),
                403,
                "forbidden");
        as(TestTokens.admin())
                .queryParam("unrounded", "true")
                .queryParam("groupBy", "PRACTICE")
                .get("/api/v1/reports/activity")
                .then()
                .statusCode(200)
                .body(
                        "rows.find { it.group.PRACTICE == '"
                                + practice
                                + "' }.figures.referralsReceived.value",
                        equalTo(3))
                .body("disclosure", containsString("do not publish"));
    }

    @Test
    void aCommissionerSeesOnlyItsOwnIcbsPractices() {
        String mine = newIcb();
        String other = newIcb();
        refer(newPractice(mine), "YOGA", 8);
        refer(newPractice(other), "YOGA", 13);
        as(TestTokens.commissioner(mine))
                .get("/api/v1/reports/activity")
                .then()
                .statusCode(200)
                .body("totals.referralsReceived.value", equalTo(10));
        as(TestTokens.commissioner(other))
                .get("/api/v1/reports/activity")
                .then()
                .statusCode(200)
                .body("totals.referralsReceived.value", equalTo(15));
        assertProblem(
                as(TestTokens.gp("A81001")).get("/api/v1/reports/activity"), 403, "forbidden");
    }

    @Test
    void treatmentFiguresFollowTheReferrals() {
        String icb = newIcb();
        String practice = newPractice(icb);
        String gp = TestTokens.gp(practice);
        String acu = TestTokens.practitioner(ACUPUNCTURIST);
        for (int i = 0; i < 8; i++) {
            var body =
                    Referrals.with(
                            Referrals.toPractitioner(ACUPUNCTURIST, "ACUPUNCTURE"),
                            "practiceOdsCode",
                            practice);
            String id = Referrals.create(gp, body).id();
            Referrals.act(acu, id, "accept", null).then().statusCode(200);
            Treatment.pastSession(acu, id, "ATTENDED");
        }
        as(TestTokens.commissioner(icb))
                .get("/api/v1/reports/activity")
                .then()
                .statusCode(200)
                .body("totals.sent.value", equalTo(10))
                .body("totals.accepted.value", equalTo(10))
                .body("totals.started.value", equalTo(10))
                .body("totals.sessionsDelivered.value", equalTo(8))
                .body("totals.didNotAttendRate.value", equalTo(0.0f))
                .body("totals.medianDaysToFirstSession.suppressed", equalTo(false));
    }

    @Test
    void declinesByReasonAndEachPractitionersResponsesAreCountedInTheirReferralsPeriod() {
        String icb = newIcb();
        String practice = newPractice(icb);
        UUID osteopath = Practitioners.regulated("OSTEOPATHY");
        String token = TestTokens.practitioner(osteopath);
        for (int i = 0; i < 18; i++) {
            String id =
                    Referrals.create(
                                    TestTokens.gp(practice),
                                    Referrals.with(
                                            Referrals.toPractitioner(osteopath, "OSTEOPATHY"),
                                            "practiceOdsCode",
                                            practice))
                            .id();
            Referrals.act(
                            token,
                            id,
                            i < 10 ? "decline" : "accept",
                            i < 10 ? Map.of("reasonCode", "NO_CAPACITY") : null)
                    .then()
                    .statusCode(200);
        }
        String row = "practitioners.find { it.practitionerId == '" + osteopath + "' }";
        // everything, unrounded: read from the responses alone
        as(TestTokens.admin())
                .queryParam("unrounded", "true")
                .get("/api/v1/reports/activity")
                .then()
                .statusCode(200)
                .body(row + ".responded.value", equalTo(18))
                .body(row + ".acceptanceRate.value", equalTo(0.444f));
        // grouped, and in a commissioner's scope: joined to the referrals
        as(TestTokens.admin())
                .queryParam("unrounded", "true")
                .queryParam("groupBy", "PRACTICE")
                .get("/api/v1/reports/activity")
                .then()
                .statusCode(200)
                .body(inPractice(practice) + ".declined.value", equalTo(10))
                .body(inPractice(practice) + ".declinedByReason.NO_CAPACITY.value", equalTo(10));
        as(TestTokens.commissioner(icb))
                .get("/api/v1/reports/activity")
                .then()
                .statusCode(200)
                .body("totals.declinedByReason.NO_CAPACITY.value", equalTo(10))
                .body(row + ".responded.value", equalTo(20));
        // responses count in the period their referral was received, and in no other
        as(TestTokens.admin())
                .queryParam("from", "2020-01-01")
                .queryParam("to", "2020-12-31")
                .get("/api/v1/reports/activity")
                .then()
                .statusCode(200)
                .body(row, nullValue());
    }

    private static String inPractice(String practice) {
        return "rows.find { it.group.PRACTICE == '" + practice + "' }.figures";
    }

    @Test
    void aReferralNamingTwoConditionsOfOneCategoryCountsOnceUnderIt() {
        String icb = newIcb();
        String practice = newPractice(icb);
        String gp = TestTokens.gp(practice);
        String acu = TestTokens.practitioner(ACUPUNCTURIST);
        for (int i = 0; i < 8; i++) {
            var body =
                    Referrals.with(
                            Referrals.with(
                                    Referrals.toPractitioner(ACUPUNCTURIST, "ACUPUNCTURE"),
                                    "practiceOdsCode",
                                    practice),
                            "conditions",
                            java.util.List.of(
                                    Map.of("text", "Low back pain", "category", "MSK"),
                                    Map.of("text", "Knee pain", "category", "MSK"),
                                    Map.of("text", "Anxiety", "category", "MENTAL_HEALTH")));
            String id = Referrals.create(gp, body).id();
            Referrals.act(acu, id, "accept", null).then().statusCode(200);
            Treatment.pastSession(acu, id, "ATTENDED");
        }
        as(TestTokens.admin())
                .queryParam("unrounded", "true")
                .queryParam("groupBy", "PRACTICE,CONDITION_CATEGORY")
                .get("/api/v1/reports/activity")
                .then()
                .statusCode(200)
                .body(category(practice, "MSK") + ".referralsReceived.value", equalTo(8))
                .body(category(practice, "MSK") + ".sessionsDelivered.value", equalTo(8))
                .body(category(practice, "MENTAL_HEALTH") + ".referralsReceived.value", equalTo(8))
                .body(category(practice, "MENTAL_HEALTH") + ".started.value", equalTo(8));
        // the rows overlap: the totals count each of the 8 once (rounded to 10) and 8 sessions
        as(TestTokens.commissioner(icb))
                .queryParam("groupBy", "CONDITION_CATEGORY")
                .get("/api/v1/reports/activity")
                .then()
                .statusCode(200)
                .body("cellsOverlap", equalTo(true))
                .body("totals.referralsReceived.value", equalTo(10))
                .body("totals.accepted.value", equalTo(10))
                .body("totals.started.value", equalTo(10))
                .body("totals.sessionsDelivered.value", equalTo(8))
                .body("totals.didNotAttendRate.value", equalTo(0.0f));
    }

    private static String category(String practice, String category) {
        return "rows.find { it.group.PRACTICE == '"
                + practice
                + "' && it.group.CONDITION_CATEGORY == '"
                + category
                + "' }.figures";
    }

    @Test
    void theSameTableComesAsCsvForASpreadsheet() {
        String icb = newIcb();
        String practice = newPractice(icb);
        refer(practice, "YOGA", 2);
        refer(practice, "MASSAGE", 9);
        String csv =
                io.restassured.RestAssured.given()
                        .auth()
                        .oauth2(TestTokens.commissioner(icb))
                        .accept("text/csv")
                        .queryParam("groupBy", "THERAPY")
                        .get("/api/v1/reports/activity.csv")
                        .then()
                        .statusCode(200)
                        .contentType(startsWith("text/csv"))
                        .header("X-Report", "activity")
                        .header("X-Report-Grouping", "THERAPY")
                        .extract()
                        .asString();
        String[] lines = csv.split("\n");
        org.junit.jupiter.api.Assertions.assertTrue(
                lines[0].startsWith("therapy,referrals_received,triaged"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("\nMASSAGE,10,"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("\nYOGA,suppressed,"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("\nTOTAL,10,"), csv);
        org.junit.jupiter.api.Assertions.assertFalse(
                csv.contains("9434765919"), "no NHS numbers in reports");
    }

    @Test
    void badParametersAreNamed() {
        String icb = TestTokens.commissioner("QHM");
        assertProblem(
                        as(icb).queryParam("groupBy", "POSTCODE").get("/api/v1/reports/activity"),
                        400,
                        "validation-failed")
                .body("errors[0].field", equalTo("groupBy"));
        assertProblem(
                        as(icb).queryParam("from", "2026-02-01")
                                .queryParam("to", "2026-01-01")
                                .get("/api/v1/reports/activity"),
                        400,
                        "validation-failed")
                .body("errors[0].field", equalTo("from"));
    }

    private static String received(String therapy) {
        return "rows.find { it.group.THERAPY == '" + therapy + "' }.figures.referralsReceived";
    }

    private static void refer(String practice, String therapy, int count) {
        for (int i = 0; i < count; i++) {
            var body =
                    Referrals.with(
                            Referrals.with(Referrals.body(), "practiceOdsCode", practice),
                            "therapyCode",
                            therapy);
            Referrals.create(TestTokens.gp(practice), body);
        }
    }
}
