package org.socialprescribing.funding;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialprescribing.demo.DemoData.ACUPUNCTURIST;
import static org.socialprescribing.demo.DemoData.PRACTICE_A;
import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.socialprescribing.testing.Funding;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.TestTokens;
import org.socialprescribing.testing.Treatment;

/**
 * On a SPLIT scheme each funder pays from its own money: the ICB's share from the scheme's budget,
 * the council's from its own books, each visible and accounted for in that funder's statement.
 */
@QuarkusTest
class StatementOfEachPayerTest {
    private static final String GP_A = TestTokens.gp(PRACTICE_A);
    private static final String ACU = TestTokens.practitioner(ACUPUNCTURIST);
    private static final String ICB = "QHM";
    private static final String COUNCIL = "E08000021";

    @Test
    void aCouncilsShareIsCommittedSpentAndReleasedInItsOwnStatementNotTheIcbsBudget() {
        // £30 a session: the ICB £15, the council £9, the patient £6; 4 sessions.
        String scheme = Funding.create(split(null));
        String id = Referrals.sentToAcupuncturist().id();
        Funding.fund(GP_A, id, Funding.request(scheme))
                .then()
                .statusCode(201)
                .body("committedPence", equalTo(9600))
                .body("funders.funderCode", contains(COUNCIL, ICB))
                .body("funders.find { it.funderCode == 'QHM' }.committedPence", equalTo(6000))
                .body(
                        "funders.find { it.funderCode == 'E08000021' }.committedPence",
                        equalTo(3600));
        assertEquals(100000 - 6000, Funding.remaining(scheme), "only the ICB's share");
        Referrals.act(ACU, id, "accept", null).then().statusCode(200);
        Treatment.pastSession(ACU, id, "ATTENDED");

        ownLine(ICB, scheme)
                .body("budgetPence", equalTo(100000))
                .body("committedPence", equalTo(4500))
                .body("spentPence", equalTo(1500))
                .body("remainingPence", equalTo(94000))
                .body("spentInPeriodPence", equalTo(1500))
                .body("sessionsFundedInPeriod", equalTo(1))
                .body("patientContributionsDuePence", equalTo(600));
        coFundedLine(COUNCIL, scheme)
                .body("ownerFunderCode", equalTo(ICB))
                .body("capPence", nullValue())
                .body("committedPence", equalTo(2700))
                .body("spentPence", equalTo(900))
                .body("remainingPence", nullValue())
                .body("spentInPeriodPence", equalTo(900))
                .body("sessionsFundedInPeriod", equalTo(1));

        Referrals.act(GP_A, id, "cancel", Map.of("reason", "Moved away")).then().statusCode(200);
        as(GP_A).get("/api/v1/referrals/" + id + "/funding")
                .then()
                .body("releasedPence", equalTo(4500 + 2700))
                .body("funders.find { it.funderCode == 'E08000021' }.releasedPence", equalTo(2700))
                .body("funders.find { it.funderCode == 'E08000021' }.committedPence", equalTo(0));
        coFundedLine(COUNCIL, scheme)
                .body("committedPence", equalTo(0))
                .body("spentPence", equalTo(900));
        assertEquals(100000 - 1500, Funding.remaining(scheme));
    }

    @Test
    void aCouncilsCapIsNeverPassedAndARefusalCommitsNothing() {
        // Room under the council's cap for two sessions of £9, not for four.
        String scheme = Funding.create(split(2000L));
        assertProblem(
                Funding.fund(GP_A, Referrals.sentToAcupuncturist().id(), Funding.request(scheme)),
                409,
                "budget-exhausted");
        assertEquals(
                100000, Funding.remaining(scheme), "all or none: the ICB's share was not held");
        Map<String, Object> two = Funding.request(scheme);
        two.put("sessions", 2);
        Funding.fund(GP_A, Referrals.sentToAcupuncturist().id(), two).then().statusCode(201);
        as(TestTokens.admin())
                .get("/api/v1/funding-schemes/" + scheme)
                .then()
                .body("coFunders[0].funderCode", equalTo(COUNCIL))
                .body("coFunders[0].budgetPence", equalTo(2000))
                .body("coFunders[0].committedPence", equalTo(1800))
                .body("coFunders[0].remainingPence", equalTo(200));
        coFundedLine(COUNCIL, scheme)
                .body("capPence", equalTo(2000))
                .body("remainingPence", equalTo(200));
    }

    @Test
    void parallelFundingNeverPassesACouncilsCap() throws Exception {
        // Room under the council's cap for exactly three plans of 2 x £9.
        String scheme = Funding.create(split(3 * 1800L + 100));
        List<Callable<Response>> requests = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String referral = Referrals.sentToAcupuncturist().id();
            Map<String, Object> two = Funding.request(scheme);
            two.put("sessions", 2);
            requests.add(() -> Funding.fund(GP_A, referral, two));
        }
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        int funded = 0;
        try {
            for (Future<Response> result : pool.invokeAll(requests, 60, TimeUnit.SECONDS)) {
                Response response = result.get();
                if (response.statusCode() == 201) {
                    funded++;
                } else {
                    assertProblem(response, 409, "budget-exhausted");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(3, funded);
        coFundedLine(COUNCIL, scheme).body("committedPence", equalTo(3 * 1800));
        assertEquals(100000 - 3 * 3000, Funding.remaining(scheme), "the ICB's share of three");
    }

    @Test
    void aSplitNeedsTheOwnersShareAndOnlyACoFunderMayCapItsShare() {
        Map<String, Object> ownerPaysNothing = Funding.scheme("SPLIT", 3000, 4, 100000);
        ownerPaysNothing.put(
                "split",
                Map.of(
                        "shares",
                        List.of(share(COUNCIL, 8000, null), share("PATIENT", 2000, null)),
                        "roundingParty",
                        "PATIENT"));
        assertProblem(
                        as(TestTokens.admin())
                                .body(ownerPaysNothing)
                                .post("/api/v1/funding-schemes"),
                        400,
                        "validation-failed")
                .body("errors[0].field", equalTo("split.shares"));
        Map<String, Object> ownerCapped = Funding.scheme("SPLIT", 3000, 4, 100000);
        ownerCapped.put(
                "split",
                Map.of(
                        "shares",
                        List.of(share(ICB, 8000, 500L), share(COUNCIL, 2000, null)),
                        "roundingParty",
                        ICB));
        assertProblem(
                        as(TestTokens.admin()).body(ownerCapped).post("/api/v1/funding-schemes"),
                        400,
                        "validation-failed")
                .body("errors[0].field", equalTo("split.shares"));
    }

    /** The ICB's SPLIT scheme: ICB 50%, council 30% (capped, if given), patient 20%. */
    private static Map<String, Object> split(Long councilCapPence) {
        Map<String, Object> body = Funding.scheme("SPLIT", 3000, 4, 100000);
        body.put("name", "Shared scheme " + UUID.randomUUID());
        body.put(
                "split",
                Map.of(
                        "shares",
                        List.of(
                                share(ICB, 5000, null),
                                share(COUNCIL, 3000, councilCapPence),
                                share("PATIENT", 2000, null)),
                        "roundingParty",
                        "PATIENT"));
        return body;
    }

    private static Map<String, Object> share(String payer, int basisPoints, Long capPence) {
        Map<String, Object> share = new HashMap<>();
        share.put("payer", payer);
        share.put("basisPoints", basisPoints);
        if (capPence != null) {
            share.put("budgetPence", capPence);
        }
        return share;
    }

    private static ValidatableResponse ownLine(String funder, String scheme) {
        return line(funder, "schemes", scheme);
    }

    private static ValidatableResponse coFundedLine(String funder, String scheme) {
        return line(funder, "coFundedSchemes", scheme);
    }

    /** The funder's statement for today, its assertions rooted at the scheme's line in the list. */
    private static ValidatableResponse line(String funder, String list, String scheme) {
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        return as(TestTokens.commissioner(funder))
                .queryParam("from", today)
                .queryParam("to", today)
                .get("/api/v1/funders/" + funder + "/statement")
                .then()
                .statusCode(200)
                .rootPath(list + ".find { it.schemeId == '" + scheme + "' }");
    }
}
