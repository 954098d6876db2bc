package org.socialprescribing.referral;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socialprescribing.demo.DemoData.PRACTICE_A;
import static org.socialprescribing.testing.Api.as;
import static org.socialprescribing.testing.Problems.assertProblem;
import static org.socialprescribing.testing.Referrals.act;
import static org.socialprescribing.testing.Referrals.create;
import static org.socialprescribing.testing.Referrals.toPractitioner;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.socialprescribing.testing.Practitioners;
import org.socialprescribing.testing.TestTokens;

/**
 * Listing referrals: filters, a stable newest-first order, and cursor pages that neither skip nor
 * repeat.
 */
@QuarkusTest
class ReferralListTest {
    private static final String GP_A = TestTokens.gp(PRACTICE_A);

    @Test
    void cursorPagesWalkEveryReferralOnceNewestFirst() {
        UUID osteopath = Practitioners.regulated("OSTEOPATHY");
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(0, create(GP_A, toPractitioner(osteopath, "OSTEOPATHY")).id());
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request =
                    as(GP_A).queryParam("practitionerId", osteopath.toString())
                            .queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page =
                    request.get("/api/v1/referrals").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(made, seen);
        assertEquals(3, pages);
    }

    @Test
    void filtersByStatusTherapyAndPractitioner() {
        UUID osteopath = Practitioners.regulated("OSTEOPATHY");
        String accepted = create(GP_A, toPractitioner(osteopath, "OSTEOPATHY")).id();
        String sent = create(GP_A, toPractitioner(osteopath, "OSTEOPATHY")).id();
        act(TestTokens.practitioner(osteopath), accepted, "accept", null).then().statusCode(200);

        as(GP_A).queryParam("practitionerId", osteopath.toString())
                .queryParam("status", "ACCEPTED")
                .get("/api/v1/referrals")
                .then()
                .statusCode(200)
                .body("items.id", contains(accepted))
                .body("items[0].allowedActions", contains("cancel"))
                .body("items[0].patientNhsNumber", equalTo("9434765919"));
        as(GP_A).queryParam("practitionerId", osteopath.toString())
                .queryParam("status", "SENT,ACCEPTED")
                .get("/api/v1/referrals")
                .then()
                .body("items.id", contains(sent, accepted));
        as(TestTokens.practitioner(osteopath))
                .queryParam("therapy", "OSTEOPATHY")
                .get("/api/v1/referrals")
                .then()
                .body("items", hasSize(2))
                .body("nextCursor", nullValue());
        as(TestTokens.practitioner(osteopath))
                .queryParam("therapy", "YOGA")
                .get("/api/v1/referrals")
                .then()
                .body("items", hasSize(0));
    }

    @Test
    void filtersByTheDayReferredInTheUk() {
        UUID osteopath = Practitioners.regulated("OSTEOPATHY");
        String id = create(GP_A, toPractitioner(osteopath, "OSTEOPATHY")).id();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        as(GP_A).queryParam("practitionerId", osteopath.toString())
                .queryParam("from", today.toString())
                .queryParam("to", today.toString())
                .get("/api/v1/referrals")
                .then()
                .body("items.id", contains(id));
        as(GP_A).queryParam("practitionerId", osteopath.toString())
                .queryParam("to", today.minusDays(1).toString())
                .get("/api/v1/referrals")
                .then()
                .body("items", hasSize(0));
    }

    @Test
    void badFiltersAreNamed() {
        assertProblem(
                        as(GP_A).queryParam("status", "LOST").get("/api/v1/referrals"),
                        400,
                        "validation-failed")
                .body("errors[0].field", equalTo("status"));
        assertProblem(
                        as(GP_A).queryParam("from", "yesterday").get("/api/v1/referrals"),
                        400,
                        "validation-failed")
                .body("errors[0].field", equalTo("from"));
        assertProblem(
                as(GP_A).queryParam("cursor", "bm9wZQ").get("/api/v1/referrals"),
                400,
                "validation-failed");
        assertProblem(
                as(GP_A).queryParam("limit", "101").get("/api/v1/referrals"),
                400,
                "validation-failed");
    }
}
