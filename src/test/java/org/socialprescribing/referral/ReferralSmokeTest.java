package org.socialprescribing.referral;

import static org.hamcrest.Matchers.equalTo;
import static org.socialprescribing.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.socialprescribing.common.demo.DemoData;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.TestTokens;

@QuarkusTest
class ReferralSmokeTest {
    @Test
    void gpRefersAndPractitionerAccepts() {
        Referrals.Created created = Referrals.sentToAcupuncturist();
        as(TestTokens.gp(DemoData.PRACTICE_A)).get("/api/v1/referrals/" + created.id()).then().log().all().statusCode(200)
                .body("status", equalTo("SENT"));
        Referrals.act(TestTokens.practitioner(DemoData.ACUPUNCTURIST), created.id(), "accept", null)
                .then().log().all().statusCode(200).body("status", equalTo("ACCEPTED"));
        as(TestTokens.admin()).get("/api/v1/practitioners/" + DemoData.ACUPUNCTURIST).then().log().all().statusCode(200);
    }
}
