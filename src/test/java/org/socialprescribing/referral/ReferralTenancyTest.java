package org.socialprescribing.referral;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.socialprescribing.demo.DemoData.ACUPUNCTURIST;
import static org.socialprescribing.demo.DemoData.NETWORK_1;
import static org.socialprescribing.demo.DemoData.NETWORK_2;
import static org.socialprescribing.demo.DemoData.PRACTICE_A;
import static org.socialprescribing.demo.DemoData.PRACTICE_B;
import static org.socialprescribing.demo.DemoData.YOGA_TEACHER;
import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Problems.assertProblem;
import static org.socialprescribing.testing.Referrals.act;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.TestTokens;

/**
 * Every party sees only its own referrals. A record you may not see answers 404, exactly as one
 * that does not exist, so ids cannot be probed; an action your role never has answers 403.
 */
@QuarkusTest
class ReferralTenancyTest {
    private static final String GP_B = TestTokens.gp(PRACTICE_B);
    private static final String LINK_WORKER_2 = TestTokens.linkWorker(NETWORK_2);
    private static final String YOGA_TOKEN = TestTokens.practitioner(YOGA_TEACHER);

    @Test
    void gpCannotReadListOrActOnAnotherPracticesReferral() {
        String id = Referrals.sentToAcupuncturist().id();
        assertProblem(as(GP_B).get("/api/v1/referrals/" + id), 404, "not-found");
        assertProblem(as(GP_B).get("/api/v1/referrals/" + id + "/history"), 404, "not-found");
        assertProblem(
                as(GP_B).header("If-Match", "*")
                        .body(Map.of("reason", "x"))
                        .post("/api/v1/referrals/" + id + "/cancel"),
                404,
                "not-found");
        as(GP_B).get("/api/v1/referrals?limit=100")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)))
                .body("items.practiceOdsCode", everyItem(equalTo(PRACTICE_B)));
    }

    @Test
    void linkWorkerSeesReferralsOfItsNetworkOnly() {
        String id = Referrals.sentToAcupuncturist().id();
        as(TestTokens.linkWorker(NETWORK_1)).get("/api/v1/referrals/" + id).then().statusCode(200);
        assertProblem(as(LINK_WORKER_2).get("/api/v1/referrals/" + id), 404, "not-found");
        as(LINK_WORKER_2)
                .get("/api/v1/referrals?limit=100")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void practitionerSeesOnlyReferralsSentToIt() {
        String id = Referrals.sentToAcupuncturist().id();
        assertProblem(as(YOGA_TOKEN).get("/api/v1/referrals/" + id), 404, "not-found");
        act(TestTokens.practitioner(ACUPUNCTURIST), id, "accept", null).then().statusCode(200);
        assertProblem(
                as(YOGA_TOKEN)
                        .header("If-Match", "*")
                        .body(Map.of("reasonCode", "NO_CAPACITY"))
                        .post("/api/v1/referrals/" + id + "/decline"),
                404,
                "not-found");
        as(YOGA_TOKEN)
                .get("/api/v1/referrals?limit=100")
                .then()
                .statusCode(200)
                .body("items.practitionerId", everyItem(equalTo(YOGA_TEACHER.toString())));
    }

    @Test
    void aReferralAwaitingTriageIsSeenByNoPractitioner() {
        String id = Referrals.create(TestTokens.gp(PRACTICE_A), Referrals.body()).id();
        assertProblem(
                as(TestTokens.practitioner(ACUPUNCTURIST)).get("/api/v1/referrals/" + id),
                404,
                "not-found");
    }

    @Test
    void commissionerSeesNoPatientIdentifiableReferralData() {
        String id = Referrals.sentToAcupuncturist().id();
        String commissioner = TestTokens.commissioner("QHM");
        assertProblem(as(commissioner).get("/api/v1/referrals/" + id), 403, "forbidden");
        assertProblem(as(commissioner).get("/api/v1/referrals"), 403, "forbidden");
        assertProblem(
                as(commissioner).get("/api/v1/referrals/" + id + "/history"), 403, "forbidden");
    }

    @Test
    void adminSeesEveryPracticesReferrals() {
        String a = Referrals.sentToAcupuncturist().id();
        as(TestTokens.admin()).get("/api/v1/referrals/" + a).then().statusCode(200);
    }

    @Test
    void anIdThatIsNotAUuidIsSimplyNotFound() {
        assertProblem(as(GP_B).get("/api/v1/referrals/not-a-uuid"), 404, "not-found");
    }
}
