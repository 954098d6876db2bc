package org.socialprescribing.funding;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialprescribing.demo.DemoData.PRACTICE_A;
import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialprescribing.testing.Funding;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.TestTokens;

/** Every payment route: who pays what for each session, in integer pence. */
@QuarkusTest
class PaymentRoutesTest {
    private static final String GP_A = TestTokens.gp(PRACTICE_A);

    @Test
    void aCommissionedSchemeApprovesAtOnceAndCommitsTheWholeFeeOfEverySession() {
        String scheme = Funding.create(Funding.scheme("COMMISSIONED", 3000, 6, 50000));
        String id = Referrals.sentToAcupuncturist().id();
        Funding.fund(GP_A, id, Funding.request(scheme))
                .then()
                .statusCode(201)
                .body("status", equalTo("APPROVED"))
                .body("approvedSessions", equalTo(6))
                .body("perSession.payer", contains("QHM"))
                .body("perSession.pence", contains(3000))
                .body("patientPencePerSession", equalTo(0))
                .body("totalFunderPence", equalTo(18000))
                .body("committedPence", equalTo(18000));
        assertEquals(32000, Funding.remaining(scheme));
        as(GP_A).get("/api/v1/referrals/" + id + "/funding")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"));
    }

    @Test
    void aSlidingScaleChargesThePatientByIncomeBandAndNothingOnBenefitsAndKeepsNoIncome() {
        Map<String, Object> body = Funding.scheme("SLIDING_SCALE", 3500, 4, 100000);
        body.put(
                "split",
                Map.of(
                        "incomeBands",
                        List.of(
                                Map.of(
                                        "code",
                                        "UP_TO_15K",
                                        "maxEquivalisedIncomePence",
                                        1500000,
                                        "contributionPence",
                                        1200),
                                Map.of(
                                        "code",
                                        "UP_TO_30K",
                                        "maxEquivalisedIncomePence",
                                        3000000,
                                        "contributionPence",
                                        2000),
                                Map.of("code", "ABOVE_30K", "contributionPence", 3500))));
        String scheme = Funding.create(body);
        Map<String, Object> onBenefits = Funding.request(scheme);
        onBenefits.put("means", Map.of("receivesMeansTestedBenefits", true));
        Funding.fund(GP_A, Referrals.sentToAcupuncturist().id(), onBenefits)
                .then()
                .statusCode(201)
                .body("patientPencePerSession", equalTo(0))
                .body("funderPencePerSession", equalTo(3500));
        Map<String, Object> working = Funding.request(scheme);
        // £33,000 for a household of two is £22,000 equivalised: the middle band.
        working.put(
                "means",
                Map.of(
                        "receivesMeansTestedBenefits",
                        false,
                        "annualHouseholdIncomePence",
                        3300000,
                        "householdSize",
                        2));
        Funding.fund(GP_A, Referrals.sentToAcupuncturist().id(), working)
                .then()
                .statusCode(201)
                .body("incomeBand", equalTo("UP_TO_30K"))
                .body("patientPencePerSession", equalTo(2000))
                .body("funderPencePerSession", equalTo(1500))
                .body(not(containsString("3300000")));
    }

    @Test
    void aThreeWaySplitGivesTheLeftOverPennyToTheNamedParty() {
        Map<String, Object> body = Funding.scheme("SPLIT", 2500, 3, 100000);
        body.put("funderCode", "E08000021");
        body.put(
                "split",
                Map.of(
                        "shares",
                        List.of(
                                Map.of("payer", "E08000021", "basisPoints", 3333),
                                Map.of("payer", "QHM", "basisPoints", 3333),
                                Map.of("payer", "PATIENT", "basisPoints", 3334)),
                        "roundingParty",
                        "PATIENT"));
        String scheme = Funding.create(body);
        Funding.fund(GP_A, Referrals.sentToAcupuncturist().id(), Funding.request(scheme))
                .then()
                .statusCode(201)
                .body("perSession.find { it.payer == 'E08000021' }.pence", equalTo(833))
                .body("perSession.find { it.payer == 'QHM' }.pence", equalTo(833))
                .body("perSession.find { it.payer == 'PATIENT' }.pence", equalTo(834))
                .body("funderPencePerSession", equalTo(1666));
    }

    @Test
    void aCharityGrantPaysItsFixedPartAndThePatientTheRest() {
        String scheme = Funding.create(Funding.charityGrant("CH1100001", 1000, 100000));
        Funding.fund(GP_A, Referrals.sentToAcupuncturist().id(), Funding.request(scheme))
                .then()
                .statusCode(201)
                .body("perSession.find { it.payer == 'CH1100001' }.pence", equalTo(1000))
                .body("patientPencePerSession", equalTo(2000));
    }

    @Test
    void aPersonalHealthBudgetPaysForAsManySessionsAsRemainAndNoMore() {
        String scheme = Funding.create(Funding.scheme("PERSONAL_HEALTH_BUDGET", 3000, 6, 100000));
        Map<String, Object> request = Funding.request(scheme);
        request.put("personalHealthBudgetRemainingPence", 7000);
        Funding.fund(GP_A, Referrals.sentToAcupuncturist().id(), request)
                .then()
                .statusCode(201)
                .body("approvedSessions", equalTo(2))
                .body("totalFunderPence", equalTo(6000));
        request.put("personalHealthBudgetRemainingPence", 2999);
        assertProblem(
                Funding.fund(GP_A, Referrals.sentToAcupuncturist().id(), request),
                422,
                "not-eligible");
    }

    @Test
    void aSelfFundedPatientPaysTheWholeFeeAndNoBudgetMoves() {
        String scheme = Funding.create(Funding.scheme("SELF_FUNDED", 4000, 6, 0));
        Funding.fund(GP_A, Referrals.sentToAcupuncturist().id(), Funding.request(scheme))
                .then()
                .statusCode(201)
                .body("status", equalTo("APPROVED"))
                .body("perSession.payer", contains("PATIENT"))
                .body("patientPencePerSession", equalTo(4000))
                .body("committedPence", equalTo(0));
    }
}
