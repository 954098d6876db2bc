package org.socialprescribing.funding;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialprescribing.demo.DemoData.PRACTICE_A;
import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.socialprescribing.testing.Funding;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.TestTokens;

/**
 * Eligibility, prior approval by the funder's own commissioner, and budgets that never overspend.
 */
@QuarkusTest
class FundingDecisionsTest {
    private static final String GP_A = TestTokens.gp(PRACTICE_A);
    private static final String ICB = TestTokens.commissioner("QHM");
    private static final String CHARITY = TestTokens.commissioner("CH1100001");

    @Test
    void anIneligibleReferralIsRefusedNamingTheRuleItFails() {
        Map<String, Object> yogaOnly = Funding.scheme("COMMISSIONED", 3000, 6, 100000);
        yogaOnly.put("therapyCodes", List.of("YOGA"));
        refused(Funding.create(yogaOnly), 6, "does not cover ACUPUNCTURE");
        Map<String, Object> elsewhere = Funding.scheme("COMMISSIONED", 3000, 6, 100000);
        elsewhere.put("practiceOdsCodes", List.of("B82002"));
        refused(Funding.create(elsewhere), 6, "does not cover practice A81001");
        Map<String, Object> expired = Funding.scheme("COMMISSIONED", 3000, 6, 100000);
        expired.put("validFrom", LocalDate.now().minusYears(2).toString());
        expired.put("validTo", LocalDate.now().minusYears(1).toString());
        refused(Funding.create(expired), 6, "not today");
        refused(
                Funding.create(Funding.scheme("COMMISSIONED", 3000, 6, 100000)),
                7,
                "at most 6 sessions");
    }

    @Test
    void aSchemeCoveringTheIcbCoversEachOfItsPractices() {
        Map<String, Object> icbWide = Funding.scheme("COMMISSIONED", 3000, 6, 100000);
        icbWide.remove("practiceOdsCodes");
        icbWide.put("icbCodes", List.of("QHM"));
        Funding.fund(
                        GP_A,
                        Referrals.sentToAcupuncturist().id(),
                        Funding.request(Funding.create(icbWide)))
                .then()
                .statusCode(201);
    }

    @Test
    void priorApprovalWaitsForTheFundersCommissionerWhoSeesTheCaseButNotThePatient() {
        String scheme = Funding.create(Funding.scheme("PRIOR_APPROVAL", 4000, 6, 100000));
        Map<String, Object> request = Funding.request(scheme);
        request.put("clinicalJustification", "Failed physiotherapy twice; opioids to be avoided");
        String plan =
                Funding.fund(GP_A, Referrals.sentToAcupuncturist().id(), request)
                        .then()
                        .statusCode(201)
                        .body("status", equalTo("PENDING_APPROVAL"))
                        .body("committedPence", equalTo(0))
                        .extract()
                        .path("id");
        assertEquals(100000, Funding.remaining(scheme));

        String panel =
                as(ICB).get("/api/v1/funding-requests")
                        .then()
                        .statusCode(200)
                        .body("planId", hasItem(plan))
                        .body(
                                "find { it.planId == '" + plan + "' }.clinicalJustification",
                                containsString("Failed physiotherapy"))
                        .body(
                                "find { it.planId == '" + plan + "' }.totalFunderPence",
                                equalTo(24000))
                        .extract()
                        .asString();
        for (String identifier :
                List.of("9434765919", "Jones", "NE1 4ST", "07700900123", "1971-04-02")) {
            assertTrue(!panel.contains(identifier), "the panel view shows " + identifier);
        }
        as(CHARITY)
                .get("/api/v1/funding-requests")
                .then()
                .statusCode(200)
                .body("planId", not(hasItem(plan)));
        assertProblem(
                as(CHARITY).post("/api/v1/funding-requests/" + plan + "/approve"),
                404,
                "not-found");

        as(ICB).post("/api/v1/funding-requests/" + plan + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("committedPence", equalTo(24000));
        assertEquals(76000, Funding.remaining(scheme));
        assertProblem(
                as(ICB).post("/api/v1/funding-requests/" + plan + "/approve"),
                409,
                "funding-not-pending");
    }

    @Test
    void aDeclineNeedsAReasonAndCommitsNothing() {
        String scheme = Funding.create(Funding.scheme("PRIOR_APPROVAL", 4000, 6, 100000));
        String plan =
                Funding.fund(GP_A, Referrals.sentToAcupuncturist().id(), Funding.request(scheme))
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        assertProblem(
                as(ICB).body(Map.of()).post("/api/v1/funding-requests/" + plan + "/decline"),
                400,
                "validation-failed");
        as(ICB).body(Map.of("reason", "Outside the panel's criteria"))
                .post("/api/v1/funding-requests/" + plan + "/decline")
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("decisionReason", equalTo("Outside the panel's criteria"));
        assertEquals(100000, Funding.remaining(scheme));
    }

    @Test
    void aBudgetThatCannotCoverAPlanRefusesIt() {
        String scheme = Funding.create(Funding.scheme("COMMISSIONED", 3000, 6, 20000));
        Funding.fund(GP_A, Referrals.sentToAcupuncturist().id(), Funding.request(scheme))
                .then()
                .statusCode(201);
        assertProblem(
                Funding.fund(GP_A, Referrals.sentToAcupuncturist().id(), Funding.request(scheme)),
                409,
                "budget-exhausted");
        assertEquals(2000, Funding.remaining(scheme));
    }

    @Test
    void parallelApprovalsNeverOverspendASmallBudget() throws Exception {
        // Room for exactly three plans of 6 x £40.
        String scheme = Funding.create(Funding.scheme("PRIOR_APPROVAL", 4000, 6, 3 * 24000 + 100));
        List<String> plans = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            plans.add(
                    Funding.fund(
                                    GP_A,
                                    Referrals.sentToAcupuncturist().id(),
                                    Funding.request(scheme))
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(plans.size());
        try {
            List<Callable<Response>> approvals = new ArrayList<>();
            plans.forEach(
                    plan ->
                            approvals.add(
                                    () ->
                                            as(ICB).post(
                                                            "/api/v1/funding-requests/"
                                                                    + plan
                                                                    + "/approve")));
            int approved = 0;
            int exhausted = 0;
            for (Future<Response> result : pool.invokeAll(approvals, 60, TimeUnit.SECONDS)) {
                Response response = result.get();
                if (response.statusCode() == 200) {
                    approved++;
                } else {
                    assertEquals(409, response.statusCode(), response.asString());
                    assertEquals("budget-exhausted", response.path("code"));
                    exhausted++;
                }
            }
            assertEquals(3, approved);
            assertEquals(5, exhausted);
            assertEquals(100, Funding.remaining(scheme));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyTheFundersOwnCommissionerOrAnAdminDefinesItsSchemes() {
        assertProblem(
                as(CHARITY)
                        .body(Funding.scheme("COMMISSIONED", 3000, 6, 1000))
                        .post("/api/v1/funding-schemes"),
                403,
                "forbidden");
        as(ICB).body(Funding.scheme("COMMISSIONED", 3000, 6, 1000))
                .post("/api/v1/funding-schemes")
                .then()
                .statusCode(201);
        assertProblem(
                as(GP_A).body(Funding.scheme("COMMISSIONED", 3000, 6, 1000))
                        .post("/api/v1/funding-schemes"),
                403,
                "forbidden");
    }

    @Test
    void aSplitWhoseSharesDoNotMakeAWholeIsRefused() {
        Map<String, Object> body = Funding.scheme("SPLIT", 2500, 3, 100000);
        body.put(
                "split",
                Map.of(
                        "shares",
                        List.of(
                                Map.of("payer", "QHM", "basisPoints", 5000),
                                Map.of("payer", "PATIENT", "basisPoints", 4000)),
                        "roundingParty",
                        "PATIENT"));
        assertProblem(
                as(TestTokens.admin()).body(body).post("/api/v1/funding-schemes"),
                400,
                "validation-failed");
    }

    @Test
    void ccgFindsTheIcbsThatReplacedThem() {
        as(GP_A).queryParam("q", "ccg")
                .get("/api/v1/funders")
                .then()
                .statusCode(200)
                .body("code", hasItem("QHM"))
                .body("type", not(hasItem("CHARITY")));
    }

    private static void refused(String scheme, int sessions, String rule) {
        Map<String, Object> request = Funding.request(scheme);
        request.put("sessions", sessions);
        assertProblem(
                        Funding.fund(GP_A, Referrals.sentToAcupuncturist().id(), request),
                        422,
                        "not-eligible")
                .body("detail", containsString(rule));
    }
}
