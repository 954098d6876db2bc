package org.socialprescribing.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialprescribing.testing.Referrals;

/** With real Keycloak tokens, each party sees and acts on its own referrals only. */
@QuarkusIntegrationTest
class TenancyIT {

    @Test
    void gpOfAnotherPracticeNeitherListsNorReadsNorActsOnTheReferral() {
        String id = Fixtures.sentToAcupuncturist();
        String gpB = KeycloakTokens.user("gp.b82002");
        as(gpB).get("/api/v1/referrals?limit=100")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)))
                .body("items.practiceOdsCode", everyItem(equalTo("B82002")));
        assertProblem(as(gpB).get("/api/v1/referrals/" + id), 404, "not-found");
        assertProblem(as(gpB).get("/api/v1/referrals/" + id + "/history"), 404, "not-found");
        assertProblem(
                as(gpB).header("If-Match", "*")
                        .body(Map.of("reason", "not mine"))
                        .post("/api/v1/referrals/" + id + "/cancel"),
                404,
                "not-found");
    }

    @Test
    void anotherPracticeReceivesNoneOfTheReferralsEventsLettersOrInboxItems() {
        String id = Fixtures.completedCourse();
        String gpB = KeycloakTokens.user("gp.b82002");
        assertProblem(as(gpB).get("/api/v1/referrals/" + id + "/letter"), 404, "not-found");
        as(gpB).get("/api/v1/inbox?referralId=" + id)
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), eventTypes(gpB, id));
        org.junit.jupiter.api.Assertions.assertEquals(
                List.of(), eventTypes(KeycloakTokens.user("practitioner.yoga"), id));
        org.junit.jupiter.api.Assertions.assertTrue(
                eventTypes(KeycloakTokens.gpSystem(), id).contains("letter.sent"));
        as(KeycloakTokens.user("gp.a81001"))
                .get("/api/v1/inbox?referralId=" + id)
                .then()
                .body("items[0].kind", equalTo("LETTER"));
    }

    /** The types of the caller's feed events about one referral, paging from the start. */
    private static List<String> eventTypes(String token, String referralId) {
        List<String> types = new ArrayList<>();
        String after = "0";
        for (int page = 0; page < 1000; page++) {
            JsonPath json =
                    as(token)
                            .get("/api/v1/events?limit=500&after=" + after)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
            List<Map<String, Object>> items = json.getList("items");
            if (items.isEmpty()) {
                return types;
            }
            items.stream()
                    .filter(e -> referralId.equals(e.get("referralId")))
                    .forEach(e -> types.add((String) e.get("type")));
            after = json.getString("nextCursor");
        }
        throw new AssertionError("the feed did not end");
    }

    @Test
    void theGpPracticeSystemActsForItsOwnPractice() {
        String id = Fixtures.sentToAcupuncturist();
        String system = KeycloakTokens.gpSystem();
        as(system)
                .get("/api/v1/referrals?limit=100")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.practiceOdsCode", everyItem(equalTo("A81001")));
        as(system)
                .header("If-Match", "*")
                .body(Map.of("reason", "Booked elsewhere"))
                .post("/api/v1/referrals/" + id + "/cancel")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));
    }

    @Test
    void linkWorkerSeesItsNetworksReferralsButCannotReferOutsideIt() {
        String id = Fixtures.awaitingTriage();
        String linkWorker = KeycloakTokens.user("linkworker.pcn1");
        as(linkWorker)
                .get("/api/v1/referrals?status=AWAITING_TRIAGE&limit=100")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.practiceOdsCode", everyItem(equalTo("A81001")));
        assertProblem(
                Referrals.post(
                        linkWorker, Referrals.with(Referrals.body(), "practiceOdsCode", "B82002")),
                403,
                "forbidden");
    }

    @Test
    void practitionerListsOnlyReferralsSentToIt() {
        String id = Fixtures.sentToAcupuncturist();
        as(KeycloakTokens.user("practitioner.acu"))
                .get("/api/v1/referrals?limit=100")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.practitionerId", everyItem(equalTo(Fixtures.ACUPUNCTURIST)));
        as(KeycloakTokens.user("practitioner.yoga"))
                .get("/api/v1/referrals?limit=100")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void commissionersSeeNoPatientIdentifiableReferrals() {
        String id = Fixtures.sentToAcupuncturist();
        for (String commissioner : new String[] {"commissioner.icb", "commissioner.charity"}) {
            assertProblem(
                    as(KeycloakTokens.user(commissioner)).get("/api/v1/referrals/" + id),
                    403,
                    "forbidden");
            assertProblem(
                    as(KeycloakTokens.user(commissioner)).get("/api/v1/referrals"),
                    403,
                    "forbidden");
        }
    }

    @Test
    void theAuditTrailNamesTheKeycloakUserAndPractice() {
        String id = Fixtures.sentToAcupuncturist();
        as(KeycloakTokens.user("admin"))
                .get("/api/v1/audit?referralId=" + id)
                .then()
                .statusCode(200)
                .body("items.find { it.action == 'REFERRAL_CREATED' }.role", equalTo("gp"))
                .body(
                        "items.find { it.action == 'REFERRAL_CREATED' }.organisation",
                        equalTo("A81001"));
    }
}
