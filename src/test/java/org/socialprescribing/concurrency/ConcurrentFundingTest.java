package org.socialprescribing.concurrency;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Parallel.CALLS;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialprescribing.demo.DemoData;
import org.socialprescribing.testing.Funding;
import org.socialprescribing.testing.Parallel;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.TestTokens;
import org.socialprescribing.testing.Treatment;

/**
 * Who pays, decided and settled by many calls at once: one referral is funded once, a budget is
 * never overspent, a request is decided once and a charge is paid once.
 */
@QuarkusTest
class ConcurrentFundingTest {
    private static final String GP_A = TestTokens.gp(DemoData.PRACTICE_A);
    private static final String ACU = TestTokens.practitioner(DemoData.ACUPUNCTURIST);
    private static final String ICB = TestTokens.commissioner("QHM");

    @Test
    void aReferralFundedManyTimesAtOnceHasOnePlanAndCommitsOnce() {
        String scheme = Funding.create(Funding.scheme("COMMISSIONED", 3000, 6, 100_000));
        String id = Referrals.sentToAcupuncturist().id();
        Parallel.send(CALLS, i -> Funding.fund(GP_A, id, Funding.request(scheme)))
                .expect("201", 1, "409 funding-already-arranged", CALLS - 1);
        assertEquals(100_000 - 6 * 3000, Funding.remaining(scheme));
        as(GP_A).get("/api/v1/referrals/" + id + "/funding")
                .then()
                .body("committedPence", equalTo(6 * 3000));
    }

    @Test
    void referralsFundedAtOnceFromASmallBudgetNeverOverspendIt() {
        // Room for exactly three plans of 6 x £30.
        String scheme = Funding.create(Funding.scheme("COMMISSIONED", 3000, 6, 3 * 18_000 + 100));
        List<String> referrals = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            referrals.add(Referrals.sentToAcupuncturist().id());
        }
        Parallel.send(CALLS, i -> Funding.fund(GP_A, referrals.get(i), Funding.request(scheme)))
                .expect("201", 3, "409 budget-exhausted", CALLS - 3);
        assertEquals(100, Funding.remaining(scheme));
    }

    @Test
    void aFundingRequestApprovedManyTimesAtOnceIsApprovedOnce() {
        String scheme = Funding.create(Funding.scheme("PRIOR_APPROVAL", 4000, 6, 100_000));
        String plan =
                Funding.fund(GP_A, Referrals.sentToAcupuncturist().id(), Funding.request(scheme))
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        Parallel.send(CALLS, i -> as(ICB).post("/api/v1/funding-requests/" + plan + "/approve"))
                .expect("200", 1, "409 funding-not-pending", CALLS - 1);
        assertEquals(100_000 - 6 * 4000, Funding.remaining(scheme));
    }

    @Test
    void aChargeMarkedPaidManyTimesAtOnceIsPaidOnce() {
        // Marking a charge paid is idempotent: every call answers with the one payment.
        Map<String, Object> grant = Funding.charityGrant("CH1100001", 1000, 100_000);
        String id = Referrals.sentToAcupuncturist().id();
        Funding.fund(GP_A, id, Funding.request(Funding.create(grant))).then().statusCode(201);
        Referrals.act(ACU, id, "accept", null).then().statusCode(200);
        Treatment.pastSession(ACU, id, "ATTENDED");
        String line =
                as(GP_A).get("/api/v1/referrals/" + id + "/charges")
                        .jsonPath()
                        .getString("lines.find { it.payer == 'PATIENT' }.id");
        Parallel.Outcomes outcomes =
                Parallel.send(
                                CALLS,
                                i ->
                                        as(ACU).post(
                                                        "/api/v1/referrals/"
                                                                + id
                                                                + "/charges/"
                                                                + line
                                                                + "/paid"))
                        .expect("200", CALLS);
        Set<String> paidAt = new HashSet<>();
        outcomes.responses().forEach(r -> paidAt.add(r.path("paidAt")));
        assertEquals(1, paidAt.size(), "one payment: " + paidAt);
        as(GP_A).get("/api/v1/referrals/" + id + "/charges")
                .then()
                .body("patientPaidPence", equalTo(2000))
                .body("patientOutstandingPence", equalTo(0));
    }

    @Test
    void anInboxItemAcknowledgedManyTimesAtOnceKeepsTheFirstAcknowledgement() {
        String id = Referrals.sentToAcupuncturist().id();
        Referrals.act(ACU, id, "accept", null).then().statusCode(200);
        Treatment.alert(ACU, id, Treatment.safetyAlert("HIGH", "Fainted", "Called 999"))
                .then()
                .statusCode(201);
        String item =
                as(GP_A).queryParam("referralId", id)
                        .get("/api/v1/inbox")
                        .then()
                        .body("items", hasSize(1))
                        .extract()
                        .path("items[0].id");
        Parallel.Outcomes outcomes =
                Parallel.send(CALLS, i -> as(GP_A).post("/api/v1/inbox/" + item + "/acknowledge"))
                        .expect("200", CALLS);
        Set<String> acknowledgedAt = new HashSet<>();
        outcomes.responses().forEach(r -> acknowledgedAt.add(r.path("acknowledgedAt")));
        assertEquals(1, acknowledgedAt.size(), "one acknowledgement: " + acknowledgedAt);
    }
}
