package org.socialprescribing.audit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.socialprescribing.demo.DemoData.ACUPUNCTURIST;
import static org.socialprescribing.demo.DemoData.PRACTICE_A;
import static org.socialprescribing.demo.DemoData.PRACTICE_B;
import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.TestTokens;

/**
 * Every read and write of patient-identifiable data leaves who, role, organisation, action and
 * when.
 */
@QuarkusTest
class AuditTrailTest {

    @Test
    void creatingReadingListingAndActingOnAReferralAreEachAudited() {
        String id = Referrals.sentToAcupuncturist().id();
        as(TestTokens.gp(PRACTICE_A)).get("/api/v1/referrals/" + id).then().statusCode(200);
        as(TestTokens.practitioner(ACUPUNCTURIST))
                .get("/api/v1/referrals?limit=100")
                .then()
                .statusCode(200);
        Referrals.act(TestTokens.practitioner(ACUPUNCTURIST), id, "accept", null)
                .then()
                .statusCode(200);

        as(TestTokens.admin())
                .queryParam("referralId", id)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.referralId", everyItem(equalTo(id)))
                .body("items.action", hasItem("REFERRAL_CREATED"))
                .body("items.action", hasItem("REFERRAL_READ"))
                .body("items.action", hasItem("REFERRAL_LISTED"))
                .body("items.action", hasItem("REFERRAL_UPDATED"))
                .body("items.find { it.action == 'REFERRAL_CREATED' }.role", equalTo("gp"))
                .body(
                        "items.find { it.action == 'REFERRAL_CREATED' }.organisation",
                        equalTo(PRACTICE_A))
                .body(
                        "items.find { it.action == 'REFERRAL_UPDATED' }.organisation",
                        equalTo(ACUPUNCTURIST.toString()));
    }

    @Test
    void aRefusedReadLeavesNoTrailOfData() {
        String id = Referrals.sentToAcupuncturist().id();
        assertProblem(
                as(TestTokens.gp(PRACTICE_B)).get("/api/v1/referrals/" + id), 404, "not-found");
        as(TestTokens.admin())
                .queryParam("referralId", id)
                .get("/api/v1/audit")
                .then()
                .body("items.organisation", everyItem(equalTo(PRACTICE_A)))
                .body("items.action", contains("REFERRAL_CREATED"));
    }

    @Test
    void onlyAnAdminReadsTheAuditTrail() {
        assertProblem(as(TestTokens.gp(PRACTICE_A)).get("/api/v1/audit"), 403, "forbidden");
    }
}
