package org.socialprescribing.referral;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.socialprescribing.demo.DemoData.ACUPUNCTURIST;
import static org.socialprescribing.demo.DemoData.LAPSED_MASSAGE_THERAPIST;
import static org.socialprescribing.demo.DemoData.NETWORK_1;
import static org.socialprescribing.demo.DemoData.PRACTICE_A;
import static org.socialprescribing.demo.DemoData.PRACTICE_B;
import static org.socialprescribing.demo.DemoData.YOGA_TEACHER;
import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Problems.assertProblem;
import static org.socialprescribing.testing.Referrals.body;
import static org.socialprescribing.testing.Referrals.post;
import static org.socialprescribing.testing.Referrals.toPractitioner;
import static org.socialprescribing.testing.Referrals.with;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.socialprescribing.testing.Practitioners;
import org.socialprescribing.testing.TestTokens;

/** Making a referral: who may refer, to whom, and what the API checks first. */
@QuarkusTest
class ReferringTest {
    private static final String GP_A = TestTokens.gp(PRACTICE_A);

    @Test
    void gpRefersToARegulatedPractitionerAndTheReferralIsSent() {
        post(GP_A, toPractitioner(ACUPUNCTURIST, "ACUPUNCTURE"))
                .then()
                .statusCode(201)
                .contentType("application/json")
                .header("Location", startsWith("http"))
                .header("ETag", equalTo("\"0\""))
                .body("id", notNullValue())
                .body("conversationId", notNullValue())
                .body("status", equalTo("SENT"))
                .body("practitionerId", equalTo(ACUPUNCTURIST.toString()))
                .body("allowedActions", contains("cancel"))
                .body("patient.nhsNumber", equalTo("9434765919"))
                .body("conditions[0].snomedCode", equalTo("279039007"))
                .body("consent.shareOutcomesWithGp", equalTo(true));
    }

    @Test
    void referralNamingNeitherTherapyNorPractitionerAwaitsTriage() {
        post(GP_A, body())
                .then()
                .statusCode(201)
                .body("status", equalTo("AWAITING_TRIAGE"))
                .body("allowedActions", contains("assign", "cancel"));
    }

    @Test
    void referralNamingOnlyATherapyAwaitsTriageForThatTherapy() {
        post(GP_A, with(body(), "therapyCode", "TAI_CHI"))
                .then()
                .statusCode(201)
                .body("status", equalTo("AWAITING_TRIAGE"))
                .body("therapyCode", equalTo("TAI_CHI"));
    }

    @Test
    void theTherapyIsTakenFromAPractitionerWhoOffersOnlyOne() {
        post(GP_A, with(body(), "practitionerId", YOGA_TEACHER.toString()))
                .then()
                .statusCode(201)
                .body("therapyCode", equalTo("YOGA"));
    }

    @Test
    void linkWorkerRefersForAPracticeInItsNetwork() {
        post(TestTokens.linkWorker(NETWORK_1), body()).then().statusCode(201);
    }

    @Test
    void linkWorkerCannotReferForAPracticeOutsideItsNetwork() {
        assertProblem(
                post(TestTokens.linkWorker(NETWORK_1), with(body(), "practiceOdsCode", PRACTICE_B)),
                403,
                "forbidden");
    }

    @Test
    void gpCannotReferForAnotherPractice() {
        assertProblem(post(TestTokens.gp(PRACTICE_B), body()), 403, "forbidden");
    }

    @Test
    void onlyReferrersMayRefer() {
        assertProblem(post(TestTokens.practitioner(ACUPUNCTURIST), body()), 403, "forbidden");
        assertProblem(post(TestTokens.commissioner("QHM"), body()), 403, "forbidden");
        assertProblem(post(TestTokens.admin(), body()), 403, "forbidden");
    }

    @Test
    void referralToAPractitionerWithoutCurrentRegistrationIsRefused() {
        assertProblem(
                post(GP_A, toPractitioner(LAPSED_MASSAGE_THERAPIST, "MASSAGE")),
                422,
                "practitioner-not-regulated");
    }

    @Test
    void referralToAnUnregulatedPractitionerIsAllowedWhenTheGpAcceptsTheDelegation() {
        post(
                        GP_A,
                        with(
                                toPractitioner(LAPSED_MASSAGE_THERAPIST, "MASSAGE"),
                                "delegationAccepted",
                                true))
                .then()
                .statusCode(201)
                .body("status", equalTo("SENT"))
                .body("delegationAccepted", equalTo(true));
    }

    @Test
    void referralForATherapyThePractitionerDoesNotOfferIsRefused() {
        assertProblem(
                post(GP_A, toPractitioner(ACUPUNCTURIST, "YOGA")), 422, "therapy-not-offered");
    }

    @Test
    void referralToAnUnknownPractitionerPracticeOrTherapyIsRefused() {
        assertProblem(
                post(GP_A, toPractitioner(UUID.randomUUID(), "ACUPUNCTURE")),
                422,
                "unknown-reference");
        assertProblem(
                post(TestTokens.gp("Z99999"), with(body(), "practiceOdsCode", "Z99999")),
                422,
                "unknown-reference");
        assertProblem(
                post(GP_A, with(body(), "therapyCode", "CRYSTAL_HEALING")),
                422,
                "unknown-reference");
    }

    @Test
    void referralToAPractitionerNotAcceptingReferralsIsRefused() {
        UUID closed = Practitioners.regulated("OSTEOPATHY");
        as(TestTokens.admin())
                .body(Practitioners.body("Closed list", List.of("OSTEOPATHY"), false))
                .put("/api/v1/practitioners/" + closed)
                .then()
                .statusCode(200);
        assertProblem(
                post(GP_A, toPractitioner(closed, "OSTEOPATHY")),
                422,
                "practitioner-not-accepting");
    }

    @Test
    void thePatientMustAgreeToTheReferral() {
        assertProblem(
                        post(
                                GP_A,
                                with(
                                        body(),
                                        "consent",
                                        Map.of(
                                                "referralAgreed",
                                                false,
                                                "shareOutcomesWithGp",
                                                false))),
                        400,
                        "validation-failed")
                .body("errors.field", hasItem("consent.referralAgreed"));
    }

    @Test
    void anInvalidNhsNumberIsRefusedAndNamed() {
        assertProblem(
                        post(GP_A, with(body(), "patient.nhsNumber", "9434765918")),
                        400,
                        "validation-failed")
                .body("errors.field", contains("patient.nhsNumber"));
    }
}
