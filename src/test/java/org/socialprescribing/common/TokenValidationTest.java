package org.socialprescribing.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.socialprescribing.testing.Api.anonymous;
import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.socialprescribing.demo.DemoData;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.TestTokens;

/**
 * Bearer tokens: only valid tokens of this realm get in, and only with a role and its organisation.
 */
@QuarkusTest
class TokenValidationTest {
    private static final String THERAPIES = "/api/v1/therapies";
    private static final String REFERRALS = "/api/v1/referrals";

    @Test
    void requestWithoutTokenIsUnauthenticatedWithBearerChallenge() {
        unauthenticated(anonymous().get(THERAPIES));
    }

    @Test
    void referralListWithoutTokenIsUnauthenticated() {
        unauthenticated(anonymous().get(REFERRALS));
    }

    @Test
    void expiredTokenIsUnauthenticated() {
        unauthenticated(as(TestTokens.expired(DemoData.PRACTICE_A)).get(THERAPIES));
    }

    @Test
    void tokenSignedByAnotherKeyIsUnauthenticated() {
        unauthenticated(as(TestTokens.signedByAnotherKey(DemoData.PRACTICE_A)).get(THERAPIES));
    }

    @Test
    void tokenFromAnotherRealmIsUnauthenticated() {
        unauthenticated(as(TestTokens.fromAnotherRealm(DemoData.PRACTICE_A)).get(THERAPIES));
    }

    @Test
    void garbageTokenIsUnauthenticated() {
        unauthenticated(as("not-a-jwt").get(THERAPIES));
        unauthenticated(as("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.").get(THERAPIES));
    }

    @Test
    void expiredTokenCannotReferAPatient() {
        Response response =
                as(TestTokens.expired(DemoData.PRACTICE_A))
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .body(Referrals.body())
                        .post(REFERRALS);
        unauthenticated(response);
    }

    @Test
    void validTokenWithoutAnyRoleOfThisApiIsForbidden() {
        String token =
                TestTokens.token(
                        "someone", List.of("offline_access", "uma_authorization"), Map.of());
        forbidden(as(token).get(THERAPIES), "forbidden");
        forbidden(as(token).get(REFERRALS), "forbidden");
    }

    @Test
    void gpTokenWithoutOdsCodeClaimIsRefused() {
        String token = TestTokens.token("gp-no-practice", List.of("gp"), Map.of());
        forbidden(as(token).get(REFERRALS), "organisation-claim-missing");
    }

    @Test
    void aTokenMissingItsOrganisationClaimIsRefusedEvenWhereTheDataIsNotTenanted() {
        String token = TestTokens.token("gp-no-practice", List.of("gp"), Map.of());
        forbidden(as(token).get(THERAPIES), "organisation-claim-missing");
        String commissioner =
                TestTokens.token("commissioner-no-org", List.of("commissioner"), Map.of());
        forbidden(as(commissioner).get("/api/v1/practices"), "organisation-claim-missing");
    }

    @Test
    void aTokenMeantForAnotherAudienceIsUnauthenticated() {
        unauthenticated(as(TestTokens.forAnotherAudience(DemoData.PRACTICE_A)).get(THERAPIES));
    }

    @Test
    void gpTokenWithBlankOdsCodeClaimIsRefused() {
        String token =
                TestTokens.token("gp-blank-practice", List.of("gp"), Map.of("ods_code", "  "));
        forbidden(as(token).get(REFERRALS), "organisation-claim-missing");
    }

    @Test
    void linkWorkerTokenWithoutPcnCodeClaimIsRefused() {
        String token = TestTokens.token("lw-no-network", List.of("link-worker"), Map.of());
        forbidden(as(token).get(REFERRALS), "organisation-claim-missing");
    }

    @Test
    void practitionerTokenWithoutPractitionerIdClaimIsRefused() {
        String token = TestTokens.token("practitioner-no-id", List.of("practitioner"), Map.of());
        forbidden(as(token).get(REFERRALS), "organisation-claim-missing");
    }

    @Test
    void gpTokenWithoutOdsCodeCannotReferAPatient() {
        String token = TestTokens.token("gp-no-practice", List.of("gp"), Map.of());
        Response response =
                as(token)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .body(Referrals.body())
                        .post(REFERRALS);
        forbidden(response, "organisation-claim-missing");
    }

    @Test
    void commissionerNeverSeesReferralList() {
        forbidden(as(TestTokens.commissioner(DemoData.ICB)).get(REFERRALS), "forbidden");
    }

    @Test
    void commissionerCannotReadAReferral() {
        Referrals.Created referral = Referrals.sentToAcupuncturist();
        forbidden(
                as(TestTokens.commissioner(DemoData.ICB)).get(REFERRALS + "/" + referral.id()),
                "forbidden");
    }

    @Test
    void livenessAnswersWithoutAToken() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void readinessAnswersWithoutATokenAndChecksTheDatabase() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name.toLowerCase().contains('database') }", notNullValue())
                .body(
                        "checks.find { it.name.toLowerCase().contains('database') }.status",
                        equalTo("UP"));
    }

    private static void unauthenticated(Response response) {
        assertProblem(response, 401, "unauthenticated")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    private static void forbidden(Response response, String code) {
        assertProblem(response, 403, code);
    }
}
