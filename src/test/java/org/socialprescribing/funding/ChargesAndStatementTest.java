package org.socialprescribing.funding;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialprescribing.demo.DemoData.ACUPUNCTURIST;
import static org.socialprescribing.demo.DemoData.PRACTICE_A;
import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialprescribing.testing.Funding;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.TestTokens;
import org.socialprescribing.testing.Treatment;

/** Attended sessions turn commitment into spend, charged per payer; what is unused is released. */
@QuarkusTest
class ChargesAndStatementTest {
    private static final String GP_A = TestTokens.gp(PRACTICE_A);
    private static final String ACU = TestTokens.practitioner(ACUPUNCTURIST);

    @Test
    void anAttendedSessionIsChargedPerPayerAndThePatientsPartIsDueUntilPaid() {
        String scheme = Funding.create(charityGrant(false));
        String id = fundedAndAccepted(scheme);
        Treatment.pastSession(ACU, id, "ATTENDED");
        JsonPath charges =
                as(GP_A).get("/api/v1/referrals/" + id + "/charges")
                        .then()
                        .statusCode(200)
                        .body("lines", hasSize(2))
                        .body("fundersPence", equalTo(1000))
                        .body("patientDuePence", equalTo(2000))
                        .body("patientOutstandingPence", equalTo(2000))
                        .extract()
                        .jsonPath();
        String patientLine = charges.getString("lines.find { it.payer == 'PATIENT' }.id");
        as(ACU).post("/api/v1/referrals/" + id + "/charges/" + patientLine + "/paid")
                .then()
                .statusCode(200);
        as(GP_A).get("/api/v1/referrals/" + id + "/charges")
                .then()
                .body("patientPaidPence", equalTo(2000))
                .body("patientOutstandingPence", equalTo(0));
        as(GP_A).get("/api/v1/referrals/" + id + "/funding")
                .then()
                .body("spentPence", equalTo(1000))
                .body("committedPence", equalTo(5000));
    }

    @Test
    void aDidNotAttendIsChargedOnlyWhereTheSchemeSaysSo() {
        String unpaid = fundedAndAccepted(Funding.create(charityGrant(false)));
        Treatment.pastSession(ACU, unpaid, "DID_NOT_ATTEND");
        as(GP_A).get("/api/v1/referrals/" + unpaid + "/charges").then().body("lines", hasSize(0));
        String paid = fundedAndAccepted(Funding.create(charityGrant(true)));
        Treatment.pastSession(ACU, paid, "DID_NOT_ATTEND");
        as(GP_A).get("/api/v1/referrals/" + paid + "/charges")
                .then()
                .body("lines", hasSize(2))
                .body("lines[0].reason", equalTo("DID_NOT_ATTEND"));
    }

    @Test
    void correctingAnAttendanceToACancellationReversesItsCharges() {
        String scheme = Funding.create(charityGrant(false));
        String id = fundedAndAccepted(scheme);
        String session = Treatment.pastSession(ACU, id, "ATTENDED");
        Treatment.attend(ACU, id, session, "CANCELLED_BY_PRACTITIONER").then().statusCode(200);
        as(GP_A).get("/api/v1/referrals/" + id + "/charges").then().body("lines", hasSize(0));
        as(GP_A).get("/api/v1/referrals/" + id + "/funding")
                .then()
                .body("spentPence", equalTo(0))
                .body("committedPence", equalTo(6000));
    }

    @Test
    void noSessionCanBeBookedBeyondThoseApproved() {
        String id = fundedAndAccepted(Funding.create(charityGrant(false)));
        for (int i = 0; i < 6; i++) {
            Treatment.book(ACU, id, Instant.now().plusSeconds(86400L * (i + 1)))
                    .then()
                    .statusCode(201);
        }
        assertProblem(
                Treatment.book(ACU, id, Instant.now().plusSeconds(86400L * 8)),
                409,
                "sessions-exhausted");
    }

    @Test
    void cancellingAReferralReleasesWhatItsPlanHadNotSpent() {
        String scheme = Funding.create(charityGrant(false));
        long before = Funding.remaining(scheme);
        String id = fundedAndAccepted(scheme);
        Treatment.pastSession(ACU, id, "ATTENDED");
        assertEquals(before - 6000, Funding.remaining(scheme));
        Referrals.act(GP_A, id, "cancel", Map.of("reason", "Moved away")).then().statusCode(200);
        as(GP_A).get("/api/v1/referrals/" + id + "/funding")
                .then()
                .body("status", equalTo("CLOSED"))
                .body("releasedPence", equalTo(5000))
                .body("committedPence", equalTo(0));
        assertEquals(before - 1000, Funding.remaining(scheme));
    }

    @Test
    void theFundersStatementShowsBudgetCommitmentSpendAndContributions() {
        Map<String, Object> body = charityGrant(false);
        body.put("name", "Statement scheme " + java.util.UUID.randomUUID());
        String scheme = Funding.create(body);
        String id = fundedAndAccepted(scheme);
        Treatment.pastSession(ACU, id, "ATTENDED");
        Treatment.pastSession(ACU, id, "ATTENDED");
        String charity = TestTokens.commissioner("CH1100001");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
        as(charity)
                .queryParam("from", today)
                .queryParam("to", today)
                .get("/api/v1/funders/CH1100001/statement")
                .then()
                .statusCode(200)
                .body(
                        "schemes.find { it.schemeId == '" + scheme + "' }.budgetPence",
                        equalTo(100000))
                .body(
                        "schemes.find { it.schemeId == '" + scheme + "' }.committedPence",
                        equalTo(4000))
                .body("schemes.find { it.schemeId == '" + scheme + "' }.spentPence", equalTo(2000))
                .body(
                        "schemes.find { it.schemeId == '" + scheme + "' }.remainingPence",
                        equalTo(94000))
                .body(
                        "schemes.find { it.schemeId == '" + scheme + "' }.sessionsFundedInPeriod",
                        equalTo(2))
                .body(
                        "schemes.find { it.schemeId == '"
                                + scheme
                                + "' }.patientContributionsDuePence",
                        equalTo(4000))
                .body(
                        "schemes.find { it.schemeId == '"
                                + scheme
                                + "' }.patientContributionsPaidPence",
                        equalTo(0));
        assertProblem(
                as(TestTokens.commissioner("QHM")).get("/api/v1/funders/CH1100001/statement"),
                403,
                "forbidden");
        assertProblem(as(GP_A).get("/api/v1/funders/CH1100001/statement"), 403, "forbidden");
    }

    /** The charity pays £10 of each £30 session; 6 sessions, £1,000 budget. */
    private static Map<String, Object> charityGrant(boolean chargeDidNotAttend) {
        Map<String, Object> body = Funding.charityGrant("CH1100001", 1000, 100000);
        body.put("chargeDidNotAttend", chargeDidNotAttend);
        return body;
    }

    private static String fundedAndAccepted(String scheme) {
        String id = Referrals.sentToAcupuncturist().id();
        Funding.fund(GP_A, id, Funding.request(scheme)).then().statusCode(201);
        Referrals.act(ACU, id, "accept", null).then().statusCode(200);
        return id;
    }
}
