package org.socialprescribing.treatment;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialprescribing.demo.DemoData.ACUPUNCTURIST;
import static org.socialprescribing.demo.DemoData.PRACTICE_A;
import static org.socialprescribing.demo.DemoData.PRACTICE_B;
import static org.socialprescribing.demo.DemoData.YOGA_TEACHER;
import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.TestTokens;
import org.socialprescribing.testing.Treatment;

/**
 * Safety alerts reach the referring practice at once; the change feed tells each system what
 * changed.
 */
@QuarkusTest
class SafetyAndFeedTest {
    private static final String GP_A = TestTokens.gp(PRACTICE_A);
    private static final String ACU = TestTokens.practitioner(ACUPUNCTURIST);

    @Test
    void aSafetyAlertIsUrgentInTheInboxUntilAGpOfThePracticeAcknowledgesIt() {
        String id = Referrals.sentToAcupuncturist().id();
        Treatment.alert(
                        ACU,
                        id,
                        Treatment.safetyAlert(
                                "HIGH",
                                "Patient fainted after needling",
                                "Recovered; advised to see GP today"))
                .then()
                .statusCode(201)
                .body("raisedAutomatically", equalTo(false));
        String item =
                as(GP_A).queryParam("referralId", id)
                        .queryParam("acknowledged", "false")
                        .get("/api/v1/inbox")
                        .then()
                        .body("items[0].kind", equalTo("SAFETY_ALERT"))
                        .body("items[0].urgent", equalTo(true))
                        .extract()
                        .path("items[0].id");
        assertProblem(
                as(TestTokens.gp(PRACTICE_B)).post("/api/v1/inbox/" + item + "/acknowledge"),
                404,
                "not-found");
        assertProblem(
                as(TestTokens.linkWorker("U00001")).post("/api/v1/inbox/" + item + "/acknowledge"),
                403,
                "forbidden");
        as(GP_A).post("/api/v1/inbox/" + item + "/acknowledge").then().statusCode(200);
        as(GP_A).get("/api/v1/referrals/" + id + "/safety-alerts")
                .then()
                .body("[0].acknowledgedByPractice", equalTo(true));
    }

    @Test
    void aSafetyAlertNeedsWhatHappenedAndWhatWasDone() {
        String id = Referrals.sentToAcupuncturist().id();
        assertProblem(Treatment.alert(ACU, id, Map.of("severity", "LOW")), 400, "validation-failed")
                .body("errors", hasSize(2));
        assertProblem(
                Treatment.alert(GP_A, id, Treatment.safetyAlert("LOW", "x", "y")),
                403,
                "forbidden");
    }

    @Test
    void unacknowledgedUrgentItemsComeFirst() {
        String id = TreatmentLoopTest.completedCourse();
        Treatment.alert(ACU, id, Treatment.safetyAlert("MEDIUM", "Bruising", "Ice"))
                .then()
                .statusCode(201);
        as(GP_A).queryParam("referralId", id)
                .get("/api/v1/inbox")
                .then()
                .body("items.kind", org.hamcrest.Matchers.contains("SAFETY_ALERT", "LETTER"))
                .body("total", equalTo(2));
    }

    @Test
    void theFeedCarriesIdsOnlyInOrderAndOnlyToThoseWhoMaySeeThem() {
        String id = TreatmentLoopTest.completedCourse();
        List<Map<String, Object>> mine = eventsFor(GP_A, id);
        assertEquals(
                List.of(
                        "referral.created",
                        "referral.status-changed",
                        "referral.status-changed",
                        "referral.status-changed",
                        "letter.sent"),
                mine.stream().map(e -> e.get("type")).toList());
        // ids only: the required four, and the subject's id where the change has a subject
        assertTrue(
                mine.stream()
                        .allMatch(
                                e ->
                                        e.keySet()
                                                        .containsAll(
                                                                java.util.Set.of(
                                                                        "cursor",
                                                                        "type",
                                                                        "referralId",
                                                                        "occurredAt"))
                                                && java.util.Set.of(
                                                                "cursor",
                                                                "type",
                                                                "referralId",
                                                                "subjectId",
                                                                "occurredAt")
                                                        .containsAll(e.keySet())),
                mine.toString());
        assertTrue(mine.get(4).containsKey("subjectId"), "the letter's id: " + mine.get(4));
        assertEquals(5, eventsFor(ACU, id).size());
        assertEquals(0, eventsFor(TestTokens.gp(PRACTICE_B), id).size());
        assertEquals(0, eventsFor(TestTokens.practitioner(YOGA_TEACHER), id).size());
        assertProblem(as(TestTokens.commissioner("QHM")).get("/api/v1/events"), 403, "forbidden");
    }

    @Test
    void pollingPastTheEndReturnsNothingAndKeepsTheCursor() {
        String head = lastCursor(GP_A);
        as(GP_A).queryParam("after", head)
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("nextCursor", equalTo(head));
        assertProblem(
                as(GP_A).queryParam("after", "soon").get("/api/v1/events"),
                400,
                "validation-failed");
    }

    /** All of the caller's events about one referral, paging through the feed from the start. */
    private static List<Map<String, Object>> eventsFor(String token, String referralId) {
        List<Map<String, Object>> found = new ArrayList<>();
        String after = "0";
        for (int page = 0; page < 1000; page++) {
            JsonPath json =
                    as(token)
                            .queryParam("after", after)
                            .queryParam("limit", 500)
                            .get("/api/v1/events")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
            List<Map<String, Object>> items = json.getList("items");
            items.stream().filter(e -> referralId.equals(e.get("referralId"))).forEach(found::add);
            if (items.isEmpty()) {
                return found;
            }
            after = json.getString("nextCursor");
        }
        throw new AssertionError("the feed did not end");
    }

    private static String lastCursor(String token) {
        String after = "0";
        while (true) {
            JsonPath json =
                    as(token)
                            .queryParam("after", after)
                            .queryParam("limit", 500)
                            .get("/api/v1/events")
                            .then()
                            .extract()
                            .jsonPath();
            if (json.getList("items").isEmpty()) {
                return after;
            }
            after = json.getString("nextCursor");
        }
    }
}
