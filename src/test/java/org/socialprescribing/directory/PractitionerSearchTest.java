package org.socialprescribing.directory;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Directory.createTherapy;
import static org.socialprescribing.testing.Directory.therapy;
import static org.socialprescribing.testing.Practitioners.PRACTITIONERS;
import static org.socialprescribing.testing.Practitioners.registration;
import static org.socialprescribing.testing.Problems.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.socialprescribing.demo.DemoData;
import org.socialprescribing.testing.Practitioners;
import org.socialprescribing.testing.Referrals;
import org.socialprescribing.testing.TestTokens;

/** Finding practitioners, and how often and how quickly each answers referrals. */
@QuarkusTest
class PractitionerSearchTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC); // the API's clock is UTC

    @Test
    void searchByTherapyFindsOnlyPractitionersOfferingIt() {
        as(TestTokens.gp(DemoData.PRACTICE_A))
                .queryParam("therapy", "OSTEOPATHY")
                .get(PRACTITIONERS)
                .then()
                .statusCode(200)
                .body("id", hasItem(DemoData.OSTEOPATH.toString()))
                .body("id", not(hasItem(DemoData.ACUPUNCTURIST.toString())))
                .body("therapyCodes", everyItem(hasItem("OSTEOPATHY")));
    }

    @Test
    void searchFiltersByTherapyAcceptingAndRegulationStatusBestAssuredFirst() {
        String therapy = createTherapy("SEARCHABLE");
        String unverified =
                Practitioners.create(
                        Practitioners.body(
                                "Aaron Lapsed",
                                List.of(therapy),
                                true,
                                registration(
                                        "CNHC", null, TODAY.minusDays(1), TODAY.minusYears(1))));
        String accredited =
                Practitioners.create(
                        Practitioners.body(
                                "Beth Accredited",
                                List.of(therapy, "YOGA"),
                                true,
                                registration(
                                        "CNHC", null, TODAY.plusMonths(6), TODAY.minusDays(3))));
        String statutory =
                Practitioners.create(
                        Practitioners.body(
                                "Zed Statutory",
                                List.of(therapy),
                                true,
                                registration(
                                        "HCPC", null, TODAY.plusMonths(6), TODAY.minusDays(3))));
        String closed =
                Practitioners.create(
                        Practitioners.body(
                                "Cara Closed",
                                List.of(therapy),
                                false,
                                registration(
                                        "CNHC", null, TODAY.plusMonths(6), TODAY.minusDays(3))));
        String gp = TestTokens.gp(DemoData.PRACTICE_A);

        as(gp).queryParam("therapy", therapy)
                .get(PRACTITIONERS)
                .then()
                .statusCode(200)
                .body("id", equalTo(List.of(statutory, accredited, closed, unverified)))
                .body(
                        "regulationStatus",
                        equalTo(
                                List.of(
                                        "STATUTORY",
                                        "ACCREDITED_REGISTER",
                                        "ACCREDITED_REGISTER",
                                        "UNVERIFIED")));
        as(gp).queryParam("therapy", therapy)
                .queryParam("acceptingReferrals", "false")
                .get(PRACTITIONERS)
                .then()
                .statusCode(200)
                .body("id", equalTo(List.of(closed)));
        as(gp).queryParam("therapy", therapy)
                .queryParam("acceptingReferrals", "true")
                .get(PRACTITIONERS)
                .then()
                .statusCode(200)
                .body("id", equalTo(List.of(statutory, accredited, unverified)));
        as(gp).queryParam("therapy", therapy)
                .queryParam("regulationStatus", "STATUTORY")
                .get(PRACTITIONERS)
                .then()
                .statusCode(200)
                .body("id", equalTo(List.of(statutory)));
        as(gp).queryParam("therapy", therapy)
                .queryParam("regulationStatus", "UNVERIFIED")
                .get(PRACTITIONERS)
                .then()
                .statusCode(200)
                .body("id", equalTo(List.of(unverified)));
        as(gp).queryParam("therapy", therapy)
                .queryParam("acceptingReferrals", "true")
                .queryParam("regulationStatus", "ACCREDITED_REGISTER")
                .get(PRACTITIONERS)
                .then()
                .statusCode(200)
                .body("id", equalTo(List.of(accredited)));
    }

    @Test
    void searchWithoutTherapyFiltersAcrossTheDirectory() {
        String gp = TestTokens.gp(DemoData.PRACTICE_A);
        as(gp).queryParam("regulationStatus", "UNVERIFIED")
                .get(PRACTITIONERS)
                .then()
                .statusCode(200)
                .body("id", hasItem(DemoData.LAPSED_MASSAGE_THERAPIST.toString()))
                .body("regulationStatus", everyItem(equalTo("UNVERIFIED")));
        as(gp).queryParam("acceptingReferrals", "true")
                .get(PRACTITIONERS)
                .then()
                .statusCode(200)
                .body(
                        "id",
                        hasItems(DemoData.OSTEOPATH.toString(), DemoData.YOGA_TEACHER.toString()))
                .body("acceptingReferrals", everyItem(equalTo(true)));
    }

    @Test
    void adminStopsAPractitionerAcceptingReferrals() {
        String therapy = createTherapy("PAUSED");
        Map<String, Object> body =
                Practitioners.body(
                        "Paula Paused",
                        List.of(therapy),
                        true,
                        registration("CNHC", null, TODAY.plusYears(1), TODAY.minusDays(1)));
        String id = Practitioners.create(body);
        body.put("acceptingReferrals", false);
        as(TestTokens.admin())
                .body(body)
                .put(PRACTITIONERS + "/" + id)
                .then()
                .statusCode(200)
                .body("acceptingReferrals", equalTo(false));
        as(TestTokens.gp(DemoData.PRACTICE_A))
                .queryParam("therapy", therapy)
                .queryParam("acceptingReferrals", "true")
                .get(PRACTITIONERS)
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void unknownRegulationStatusIsRefusedNamingTheParameter() {
        assertProblem(
                        as(TestTokens.gp(DemoData.PRACTICE_A))
                                .queryParam("regulationStatus", "FOO")
                                .get(PRACTITIONERS),
                        400,
                        "validation-failed")
                .body("errors.field", hasItem("regulationStatus"));
    }

    @Test
    void acceptingReferralsThatIsNotTrueOrFalseIsRefusedNamingTheParameter() {
        assertProblem(
                        as(TestTokens.gp(DemoData.PRACTICE_A))
                                .queryParam("acceptingReferrals", "maybe")
                                .get(PRACTITIONERS),
                        400,
                        "validation-failed")
                .body("errors.field", hasItem("acceptingReferrals"));
    }

    // --- Practitioners: how they answer referrals ---------------------------------------------

    @Test
    void referralResponsesCountAcceptedAndDeclinedReferrals() {
        String therapy = createTherapy("ANSWERED");
        UUID id = accreditedOffering(therapy, "Rita Responder");
        String gp = TestTokens.gp(DemoData.PRACTICE_A);
        String me = TestTokens.practitioner(id);
        List<String> referrals = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            referrals.add(Referrals.create(gp, Referrals.toPractitioner(id, therapy)).id());
        }

        Referrals.act(me, referrals.get(0), "accept", null)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        Referrals.act(me, referrals.get(1), "accept", null).then().statusCode(200);
        Referrals.act(me, referrals.get(2), "decline", Map.of("reasonCode", "NO_CAPACITY"))
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"));
        // referrals.get(3) is left unanswered: it does not count.

        JsonPath read =
                as(TestTokens.admin())
                        .get(PRACTITIONERS + "/" + id)
                        .then()
                        .statusCode(200)
                        .body("referralResponses.responded", equalTo(3))
                        .body("referralResponses.accepted", equalTo(2))
                        .body("referralResponses.respondedCount.value", equalTo(3))
                        .body("referralResponses.acceptedCount.value", equalTo(2))
                        .body("referralResponses.medianResponseHours", notNullValue())
                        .extract()
                        .jsonPath();
        assertEquals(2.0 / 3.0, read.getDouble("referralResponses.acceptanceRate"), 1e-6);
        assertTrue(read.getDouble("referralResponses.medianResponseHours") >= 0);

        // three referrals are three patients: a GP sees them through the disclosure control
        as(gp).queryParam("therapy", therapy)
                .get(PRACTITIONERS)
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].referralResponses.respondedCount.suppressed", equalTo(true))
                .body("[0].referralResponses.acceptedCount.suppressed", equalTo(true))
                .body("[0].referralResponses.acceptanceRate", nullValue())
                .body("[0].referralResponses.medianResponseHours", nullValue());
    }

    @Test
    void practitionerWithNoAnswersYetHasNoAcceptanceRate() {
        String therapy = createTherapy("UNANSWERED");
        UUID id = accreditedOffering(therapy, "Nadia New");
        Referrals.create(TestTokens.gp(DemoData.PRACTICE_A), Referrals.toPractitioner(id, therapy));
        as(TestTokens.gp(DemoData.PRACTICE_A))
                .get(PRACTITIONERS + "/" + id)
                .then()
                .statusCode(200)
                .body("referralResponses.responded", equalTo(0))
                .body("referralResponses.accepted", equalTo(0))
                .body("referralResponses.respondedCount.value", equalTo(0))
                .body("referralResponses.respondedCount.suppressed", equalTo(false))
                .body("referralResponses.acceptanceRate", nullValue());
    }

    /** A practitioner of its own on an accredited register (CNHC), accepting referrals. */
    private static UUID accreditedOffering(String therapy, String name) {
        return UUID.fromString(
                Practitioners.create(
                        Practitioners.body(
                                name,
                                List.of(therapy),
                                true,
                                registration(
                                        "CNHC", null, TODAY.plusYears(1), TODAY.minusDays(1)))));
    }
}
